package org.rightsline.conversation;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rightsline.delivery.Channel;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Who owns a conversation, the same on every channel: the bot, staff, or nobody yet. */
@SpringBootTest
class StaffDeskIntegrationTests {

	@Autowired
	Triage triage;

	@Autowired
	StaffDesk desk;

	@Autowired
	JdbcClient jdbc;

	private final String phone = "+1438" + (1000000 + (int) (Math.random() * 8999999));

	private Reply send(String text) {
		return this.triage.handle(new InboundMessage(Channel.SMS, this.phone, UUID.randomUUID().toString(), text));
	}

	@Test
	void queuesAStaffReplyWithTheStateThatCausedIt() {
		String id = send("who won the game last night").conversationId();
		String staff = staffMember();

		this.desk.reply(id, staff, "A caseworker will call you.");

		assertThat(column(id, "state")).isEqualTo("STAFF");
		assertThat(column(id, "claimant_waiting_since")).isNull();
		assertThat(this.jdbc.sql("select body from outbound_message where conversation_id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("A caseworker will call you.");
		assertThat(this.jdbc.sql("select author_id from message where conversation_id = ? and author = 'STAFF'")
			.param(id)
			.query(String.class)
			.single()).isEqualTo(staff);
	}

	@Test
	void keepsTheBotSilentOnceStaffOwnTheThreadButForEmergencies() {
		String id = send("who won the game last night").conversationId();
		this.desk.take(id, staffMember());

		Reply question = send("what is the safe third country agreement");
		Reply emergency = send("I want to kill myself");

		assertThat(question.outcome()).isEqualTo(Outcome.SILENT);
		assertThat(question.text()).isEmpty();
		assertThat(column(id, "claimant_waiting_since")).isNotNull();
		assertThat(emergency.outcome()).isEqualTo(Outcome.EMERGENCY);
		assertThat(emergency.text().orElseThrow()).contains("911");
		assertThat(column(id, "urgent")).isEqualTo(true);
	}

	@Test
	void letsTheBotAnswerAgainOnceResolved() {
		String id = send("who won the game last night").conversationId();
		this.desk.take(id, staffMember());

		this.desk.resolve(id);
		Reply answer = send("what is the safe third country agreement");

		assertThat(answer.outcome()).isEqualTo(Outcome.ANSWERED);
		assertThat(column(id, "state")).isEqualTo("CLOSED");
		this.desk.reopen(id);
		assertThat(column(id, "state")).isEqualTo("WAITING");
	}

	@Test
	void refusesToReplyToSomeoneWhoOptedOutAndStoresNothing() {
		String id = send("who won the game last night").conversationId();
		send("STOP");

		assertThatExceptionOfType(ClaimantUnreachable.class)
			.isThrownBy(() -> this.desk.reply(id, staffMember(), "Hello?"))
			.satisfies((ex) -> assertThat(ex.optedOut()).isTrue());
		assertThat(this.jdbc.sql("select count(*) from outbound_message where conversation_id = ?")
			.param(id)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void refusesAnActionTheStateDoesNotAllow() {
		String id = send("who won the game last night").conversationId();
		this.desk.resolve(id);

		assertThatExceptionOfType(IllegalConversationChange.class).isThrownBy(() -> this.desk.resolve(id));
		assertThatExceptionOfType(IllegalConversationChange.class)
			.isThrownBy(() -> this.desk.reply(id, staffMember(), "late answer"));
		assertThatExceptionOfType(ConversationNotFound.class)
			.isThrownBy(() -> this.desk.take(UUID.randomUUID().toString(), staffMember()));
	}

	private Object column(String id, String column) {
		return this.jdbc.sql("select " + column + " from conversation where id = ?")
			.param(id)
			.query((rs, row) -> java.util.Optional.ofNullable(rs.getObject(1)))
			.single()
			.orElse(null);
	}

	private String staffMember() {
		String id = UUID.randomUUID().toString();
		this.jdbc.sql("""
				insert into staff_user (id, username, display_name, password_hash, role, created_at)
				values (?, ?, 'Test', '{noop}x', 'STAFF', current_timestamp)""").params(id, "s-" + id).update();
		return id;
	}

}
