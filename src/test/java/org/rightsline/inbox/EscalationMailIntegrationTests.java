package org.rightsline.inbox;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rightsline.conversation.InboundMessage;
import org.rightsline.conversation.Triage;
import org.rightsline.delivery.Channel;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An emergency reaches staff by e-mail at once, through a real SMTP server (GreenMail).
 */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
		"rightsline.inbox.digest-every=1h", "rightsline.inbox.public-base-url=https://rightsline.example.org" })
class EscalationMailIntegrationTests {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	Triage triage;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	EscalationMail escalationMail;

	@Autowired
	JdbcClient jdbc;

	@Test
	void tellsStaffOfAnEmergencyAtOnceWithoutTheMessageOrTheNumber() throws Exception {
		this.accounts.create("oncall-" + UUID.randomUUID().toString().substring(0, 6), "On call", "oncall@example.org",
				"a-long-password-1", StaffRole.STAFF);
		String phone = "+15145553" + (100 + (int) (Math.random() * 899));

		String id = this.triage
			.handle(new InboundMessage(Channel.SMS, phone, UUID.randomUUID().toString(), "je veux mourir ce soir"))
			.conversationId();

		await().atMost(Duration.ofSeconds(10)).until(() -> mail.getReceivedMessages().length > 0);
		MimeMessage notice = mail.getReceivedMessages()[0];
		assertThat(notice.getSubject()).contains("URGENT");
		assertThat(GreenMailUtil.getBody(notice)).contains("https://rightsline.example.org/inbox/threads/" + id)
			.doesNotContain("mourir")
			.doesNotContain(phone.substring(phone.length() - 4));
	}

	@Test
	void sendsOneUrgentEmailPerThreadInBccThoughThePersonWritesAgain() throws Exception {
		this.accounts.create("nuit-" + UUID.randomUUID().toString().substring(0, 6), "Night", "night@example.org",
				"a-long-password-1", StaffRole.STAFF);
		String phone = "+15145554" + (100 + (int) (Math.random() * 899));
		String id = null;
		for (String text : new String[] { "i took all my pills", "please help i took all of them",
				"im scared i cant breathe" }) {
			id = this.triage.handle(new InboundMessage(Channel.SMS, phone, UUID.randomUUID().toString(), text))
				.conversationId();
		}
		String link = "/inbox/threads/" + id;

		await().atMost(Duration.ofSeconds(10)).until(() -> !noticesAbout(link).isEmpty());
		Thread.sleep(1000);

		// One e-mail (each staff address gets its own copy of it, with the same id).
		List<MimeMessage> copies = noticesAbout(link);
		assertThat(copies.stream().map(EscalationMailIntegrationTests::messageId).distinct()).hasSize(1);
		for (MimeMessage copy : copies) {
			assertThat(copy.getHeader("To", ",")).isEqualTo("rightsline@localhost");
			assertThat(GreenMailUtil.getWholeMessage(copy)).doesNotContain("night@example.org");
		}
	}

	@Test
	void sendsTheDigestOnceAcrossInstances() throws Exception {
		this.accounts.create("digest-" + UUID.randomUUID().toString().substring(0, 6), "Digest", "digest@example.org",
				"a-long-password-1", StaffRole.STAFF);
		String id = this.triage
			.handle(new InboundMessage(Channel.SMS, "+15145558" + (100 + (int) (Math.random() * 899)),
					UUID.randomUUID().toString(), "who won the hockey game last night"))
			.conversationId();
		String link = "/inbox/threads/" + id;
		// Another instance is sending the digest right now.
		this.jdbc.sql("delete from shedlock where name = ?").param("escalation-digest").update();
		this.jdbc.sql("insert into shedlock (name, lock_until, locked_at, locked_by) values (?, ?, ?, ?)")
			.params("escalation-digest", Timestamp.from(Instant.now().plusSeconds(600)), Timestamp.from(Instant.now()),
					"the-other-instance")
			.update();
		try {
			this.escalationMail.sendDigest();
			assertThat(noticesAbout(link)).isEmpty();
		}
		finally {
			// The other instance is done.
			this.jdbc.sql("update shedlock set lock_until = ? where name = ?")
				.params(Timestamp.from(Instant.now().minusSeconds(1)), "escalation-digest")
				.update();
		}

		this.escalationMail.sendDigest();
		assertThat(noticesAbout(link)).isNotEmpty();
	}

	private static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<MimeMessage> noticesAbout(String link) {
		return Arrays.stream(mail.getReceivedMessages())
			.filter((m) -> GreenMailUtil.getBody(m).contains(link))
			.toList();
	}

}
