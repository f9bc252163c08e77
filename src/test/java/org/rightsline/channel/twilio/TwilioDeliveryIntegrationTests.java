package org.rightsline.channel.twilio;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rightsline.conversation.InboundMessage;
import org.rightsline.conversation.Triage;
import org.rightsline.delivery.Channel;
import org.rightsline.delivery.Outbox;

import org.rightsline.system.ContactCipher;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A message queued in the outbox leaves through the real Twilio sender, reaches WireMock
 * playing the Twilio API, and Twilio's later status report moves it on.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "rightsline.twilio.auth-token=" + TwilioRequests.TOKEN,
				"rightsline.twilio.account-sid=" + TwilioRequests.ACCOUNT,
				"rightsline.twilio.public-base-url=" + TwilioRequests.PUBLIC_BASE,
				"rightsline.twilio.sms-from=+15145550000", "rightsline.delivery.poll-interval=200ms",
				"rightsline.delivery.first-retry=200ms", "rightsline.delivery.enabled=true" })
class TwilioDeliveryIntegrationTests {

	private static final String MESSAGES = "/2010-04-01/Accounts/" + TwilioRequests.ACCOUNT + "/Messages.json";

	@RegisterExtension
	static final WireMockExtension twilioApi = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	@DynamicPropertySource
	static void twilioApi(DynamicPropertyRegistry registry) {
		registry.add("rightsline.twilio.api-base-url", twilioApi::baseUrl);
	}

	@LocalServerPort
	int port;

	@Autowired
	Triage triage;

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ContactCipher contacts;

	@Test
	void deliversAQueuedReplyAndRecordsTwiliosStatusReport() throws Exception {
		twilioApi.stubFor(post(urlEqualTo(MESSAGES)).willReturn(TwilioRequests.created("SMdelivered1")));
		String phone = "+15145557001";
		long id = queue(phone, "A staff member answers: your IFHP paper is valid.");

		await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(statusOf(id)));
		twilioApi.verify(postRequestedFor(urlEqualTo(MESSAGES)).withFormParam("To", equalTo(phone))
			.withFormParam("Body", equalTo("A staff member answers: your IFHP paper is valid.")));

		Map<String, String> report = Map.of("MessageSid", "SMdelivered1", "MessageStatus", "delivered", "AccountSid",
				TwilioRequests.ACCOUNT);
		assertThat(new TwilioRequests(this.port).postSigned("/webhooks/twilio/status", report).statusCode())
			.isEqualTo(204);
		assertThat(statusOf(id)).isEqualTo("DELIVERED");
	}

	@Test
	void sendsAStaffReplyFromTheNumberThePersonTexted() throws Exception {
		twilioApi.stubFor(post(urlEqualTo(MESSAGES)).willReturn(TwilioRequests.created("SMfromtheirs")));
		String phone = "+15145557004";
		String ourOtherNumber = "+14385550199";
		Map<String, String> inbound = Map.of("From", phone, "To", ourOtherNumber, "Body", "who won the game",
				"MessageSid", "SM-to-" + UUID.randomUUID(), "AccountSid", TwilioRequests.ACCOUNT);
		assertThat(new TwilioRequests(this.port).postSigned("/webhooks/twilio/messages", inbound).statusCode())
			.isEqualTo(200);
		String conversationId = this.jdbc.sql("select id from conversation where contact_hash = ?")
			.param(this.contacts.lookup(phone))
			.query(String.class)
			.single();

		long id = this.transaction
			.execute((status) -> this.outbox.queue(conversationId, Channel.SMS, phone, "A staff member answers."));

		await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(statusOf(id)));
		twilioApi.verify(postRequestedFor(urlEqualTo(MESSAGES)).withFormParam("To", equalTo(phone))
			.withFormParam("From", equalTo(ourOtherNumber)));
	}

	@Test
	void retriesUntilTheApiRecovers() {
		twilioApi.stubFor(post(urlEqualTo(MESSAGES)).inScenario("outage")
			.whenScenarioStateIs("Started")
			.willReturn(aResponse().withStatus(500))
			.willSetStateTo("recovered"));
		twilioApi.stubFor(post(urlEqualTo(MESSAGES)).inScenario("outage")
			.whenScenarioStateIs("recovered")
			.willReturn(TwilioRequests.created("SMafter500")));
		long id = queue("+15145557002", "Your answer");

		await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(statusOf(id)));
		// One refused attempt, one accepted: the person gets the message once.
		twilioApi.verify(2, postRequestedFor(urlEqualTo(MESSAGES)));
		assertThat(this.jdbc.sql("select provider_message_id from outbound_message where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("SMafter500");
	}

	@Test
	void marksAnOptedOutNumberUnreachableAndKeepsTheReason() {
		twilioApi.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\": 21610, \"message\": \"unsubscribed recipient\", \"status\": 400}")));
		String phone = "+15145557003";
		long id = queue(phone, "Your answer");

		await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(statusOf(id)));
		assertThat(this.jdbc.sql("select error_reason from outbound_message where id = ?")
			.param(id)
			.query(String.class)
			.single()).contains("opted out");
		await().atMost(Duration.ofSeconds(5))
			.until(() -> this.jdbc.sql("select unreachable from conversation where contact_hash = ?")
				.param(this.contacts.lookup(phone))
				.query(Boolean.class)
				.single());
	}

	private long queue(String phone, String body) {
		String conversationId = this.triage
			.handle(new InboundMessage(Channel.SMS, phone, "SM-in-" + UUID.randomUUID(), "who won the game last night"))
			.conversationId();
		return this.transaction.execute((status) -> this.outbox.queue(conversationId, Channel.SMS, phone, body));
	}

	private String statusOf(long id) {
		return this.jdbc.sql("select status from outbound_message where id = ?").param(id).query(String.class).single();
	}

}
