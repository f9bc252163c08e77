package org.rightsline.channel.twilio;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rightsline.conversation.InboundMessage;
import org.rightsline.conversation.Triage;
import org.rightsline.delivery.Channel;
import org.rightsline.delivery.Outbox;

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
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Twilio API breaks in every way WireMock can: a connection reset, a 429 with
 * Retry-After, a 500, a 10-second stall. Every queued reply is delivered once it
 * recovers, none twice, and incoming webhooks keep answering at their usual speed
 * meanwhile.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "rightsline.twilio.auth-token=" + TwilioRequests.TOKEN,
				"rightsline.twilio.account-sid=" + TwilioRequests.ACCOUNT,
				"rightsline.twilio.public-base-url=" + TwilioRequests.PUBLIC_BASE,
				"rightsline.twilio.sms-from=+15145550000", "rightsline.twilio.api-timeout=3s",
				"rightsline.delivery.poll-interval=200ms", "rightsline.delivery.first-retry=200ms",
				"rightsline.delivery.max-retry-wait=2s", "rightsline.delivery.enabled=true" })
class TwilioOutageIntegrationTests {

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

	@Test
	void deliversEveryReplyOnceThroughAnOutageWhileWebhooksKeepAnswering() throws Exception {
		outage("Started", "reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
		outage("reset", "limited", aResponse().withStatus(429).withHeader("Retry-After", "1"));
		outage("limited", "failing", aResponse().withStatus(500));
		outage("failing", "stalled", aResponse().withFixedDelay(10_000).withStatus(503));
		twilioApi.stubFor(post(urlEqualTo(MESSAGES)).inScenario("outage")
			.whenScenarioStateIs("stalled")
			.willReturn(TwilioRequests.created("SMrecovered")));
		String run = "outage-" + UUID.randomUUID().toString().substring(0, 6);
		String phone = "+15145552" + (100 + (int) (Math.random() * 899));
		String conversation = this.triage
			.handle(new InboundMessage(Channel.SMS, phone, UUID.randomUUID().toString(), "who won the game"))
			.conversationId();
		for (int i = 0; i < 20; i++) {
			String body = run + "-" + i;
			this.transaction.execute((status) -> this.outbox.queue(conversation, Channel.SMS, phone, body));
		}

		List<Long> webhookMillis = new ArrayList<>();
		TwilioRequests twilio = new TwilioRequests(this.port);
		for (int i = 0; i < 10; i++) {
			long start = System.nanoTime();
			HttpResponse<String> response = twilio.postSigned("/webhooks/twilio/messages",
					TwilioRequests.sms("what is ifhp"));
			webhookMillis.add((System.nanoTime() - start) / 1_000_000);
			assertThat(response.statusCode()).isEqualTo(200);
			Thread.sleep(300); // spread the requests over the outage; the timing is the
								// point here
		}

		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.jdbc.sql("select count(*) from outbound_message where body like ? and status = 'SENT'")
				.param(run + "-%")
				.query(Integer.class)
				.single() == 20);
		Map<String, Long> accepted = twilioApi.getAllServeEvents()
			.stream()
			.filter((event) -> event.getResponse().getStatus() == 201)
			.map((event) -> event.getRequest().formParameter("Body").firstValue())
			.filter((body) -> body.startsWith(run))
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(accepted).hasSize(20);
		assertThat(accepted.values()).allMatch((count) -> count == 1);
		assertThat(webhookMillis).allMatch((millis) -> millis < 2000);
	}

	private static void outage(String state, String next,
			com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
		twilioApi.stubFor(post(urlEqualTo(MESSAGES)).inScenario("outage")
			.whenScenarioStateIs(state)
			.willReturn(response)
			.willSetStateTo(next));
	}

}
