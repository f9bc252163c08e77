package org.rightsline.conversation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rightsline.delivery.Channel;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DELETE and the retention job leave no trace of a person's words or number in any table.
 */
@SpringBootTest
class PrivacyIntegrationTests {

	@Autowired
	Triage triage;

	@Autowired
	StaffDesk desk;

	@Autowired
	JdbcClient jdbc;

	private final String secret = "okapi" + UUID.randomUUID().toString().substring(0, 8);

	private final String phone = "+1819" + (1000000 + (int) (Math.random() * 8999999));

	private Reply send(String text) {
		return this.triage.handle(new InboundMessage(Channel.SMS, this.phone, UUID.randomUUID().toString(), text));
	}

	@Test
	void erasesEverythingAfterDeleteIsConfirmed() {
		String id = send("my landlord " + this.secret + " keeps my deposit").conversationId();
		send("what is ifhp " + this.secret);
		String staff = staffMember();
		this.desk.note(id, staff, "called about " + this.secret);
		this.desk.reply(id, staff, "About " + this.secret + ": call us.");
		assertThat(tablesHolding(this.secret)).isNotEmpty();

		Reply asked = send("DELETE");
		assertThat(asked.text().orElseThrow()).contains("send DELETE again");
		assertThat(tablesHolding(this.secret)).isNotEmpty();
		Reply erased = send("delete");

		assertThat(erased.text().orElseThrow()).contains("erased");
		assertThat(tablesHolding(this.secret)).isEmpty();
		assertThat(tablesHolding(this.phone.substring(1))).isEmpty();
	}

	@Test
	void storesNumbersOnlyEncrypted() {
		send("what is ifhp " + this.secret);

		assertThat(tablesHolding(this.phone.substring(1))).isEmpty();
		assertThat(tablesHolding(this.secret)).isNotEmpty();
	}

	@Test
	void asksAgainWhenTheConfirmationComesWithoutARequest() {
		Reply first = send("SUPPRIMER");

		assertThat(first.text().orElseThrow()).contains("SUPPRIMER de nouveau");
	}

	@Test
	void clearsTextAndNumbersPastTheRetentionPeriod() {
		String id = send("my landlord " + this.secret + " keeps my deposit").conversationId();
		String staff = staffMember();
		this.desk.note(id, staff, "note " + this.secret);
		this.desk.reply(id, staff, "Reply " + this.secret);
		this.jdbc.sql("update outbound_message set status = 'SENT' where conversation_id = ?").param(id).update();

		new Retention(this.jdbc, Duration.ofDays(90), Clock.offset(Clock.systemUTC(), Duration.ofDays(91))).purge();

		assertThat(tablesHolding(this.secret)).isEmpty();
		assertThat(tablesHolding(this.phone.substring(1))).isEmpty();
		// The counts the dashboard shows survive: the messages are there, without their
		// words.
		assertThat(this.jdbc.sql("select count(*) from message where conversation_id = ?")
			.param(id)
			.query(Integer.class)
			.single()).isGreaterThan(0);
	}

	/** Every text column of every table, searched for the value. */
	private List<String> tablesHolding(String value) {
		List<Map<String, Object>> columns = this.jdbc.sql("""
				select table_name, column_name from information_schema.columns
				where lower(table_schema) = 'public' and upper(data_type) like '%CHAR%'
				  and lower(table_name) <> 'flyway_schema_history'""").query().listOfRows();
		return columns.stream()
			.filter((c) -> this.jdbc
				.sql("select count(*) from " + c.get("table_name") + " where " + c.get("column_name") + " like ?")
				.param("%" + value + "%")
				.query(Integer.class)
				.single() > 0)
			.map((c) -> c.get("table_name") + "." + c.get("column_name"))
			.toList();
	}

	private String staffMember() {
		String id = UUID.randomUUID().toString();
		this.jdbc.sql("""
				insert into staff_user (id, username, display_name, password_hash, role, created_at)
				values (?, ?, 'Test', '{noop}x', 'STAFF', current_timestamp)""").params(id, "p-" + id).update();
		return id;
	}

}
