package org.rightsline.system;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rightsline.channel.twilio.TwilioRequests;
import org.rightsline.conversation.InboundMessage;
import org.rightsline.conversation.StaffDesk;
import org.rightsline.conversation.Triage;
import org.rightsline.delivery.Channel;

import org.rightsline.system.ContactCipher;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The full flow, with every log line captured: an SMS by webhook, an emergency, a
 * Telegram message, a staff reply and its (failed) delivery. No message text, phone
 * number or chat id may appear.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "logging.level.org.rightsline=DEBUG", "rightsline.delivery.enabled=true" })
@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Triage triage;

	@Autowired
	StaffDesk desk;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ContactCipher contacts;

	@Test
	void logsNeitherTextNorNumbersNorChatIds(CapturedOutput output) throws Exception {
		String phone = "+15149876543";
		String secretText = "zebra-confidential-" + UUID.randomUUID().toString().substring(0, 6);
		String chatId = "918273645";

		new TwilioRequests(this.port)
			.post("/webhooks/twilio/messages",
					TwilioRequests.encode(TwilioRequests
						.with(TwilioRequests.sms(secretText + " my clinic refuses my ifhp paper"), "From", phone)),
					null);
		// A body that cannot be decoded: the server must not quote it when it refuses it.
		assertThat(new TwilioRequests(this.port)
			.post("/webhooks/twilio/messages", "From=%2B15149876543&Body=" + secretText + "%E0%A4%A&MessageSid=SM1",
					null)
			.statusCode()).isEqualTo(400);
		this.triage.handle(new InboundMessage(Channel.SMS, phone, UUID.randomUUID().toString(),
				"I want to kill myself " + secretText));
		String telegram = this.triage
			.handle(new InboundMessage(Channel.TELEGRAM, chatId, UUID.randomUUID().toString(), secretText + " STCA?"))
			.conversationId();
		String conversation = this.jdbc.sql("select id from conversation where contact_hash = ?")
			.param(this.contacts.lookup(phone))
			.query(String.class)
			.single();
		String staff = UUID.randomUUID().toString();
		this.jdbc.sql("""
				insert into staff_user (id, username, display_name, password_hash, role, created_at)
				values (?, ?, 'Log', '{noop}x', 'STAFF', current_timestamp)""").params(staff, "log-" + staff).update();
		this.desk.reply(conversation, staff, "Reply " + secretText);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc
				.sql("select count(*) from outbound_message where conversation_id in (?, ?) and status = 'FAILED'")
				.params(conversation, telegram)
				.query(Integer.class)
				.single() >= 2);

		assertThat(output.getAll()).contains("InboundMessage[channel=SMS")
			.doesNotContain(secretText)
			.doesNotContain(phone)
			.doesNotContain(phone.substring(1))
			.doesNotContain(chatId);
	}

}
