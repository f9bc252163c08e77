package org.rightsline.channel.telegram;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
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
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Bot API breaks: a connection reset, a 429 with retry_after, a 500, a 10-second
 * stall. Every queued message is delivered once it recovers, none twice, and Telegram's
 * webhook keeps answering at its usual speed meanwhile.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "rightsline.telegram.bot-token=" + TelegramOutageIntegrationTests.TOKEN,
				"rightsline.telegram.webhook-secret=outage-secret", "rightsline.telegram.api-timeout=3s",
				"rightsline.delivery.poll-interval=200ms", "rightsline.delivery.first-retry=200ms",
				"rightsline.delivery.max-retry-wait=2s", "rightsline.delivery.enabled=true" })
class TelegramOutageIntegrationTests {

	static final String TOKEN = "42:outage";

	private static final String SEND = "/bot" + TOKEN + "/sendmessage";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@RegisterExtension
	static final WireMockExtension botApi = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	@DynamicPropertySource
	static void botApi(DynamicPropertyRegistry registry) {
		registry.add("rightsline.telegram.api-base-url", botApi::baseUrl);
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
	void deliversEveryMessageOnceThroughAnOutageWhileTheWebhookKeepsAnswering() throws Exception {
		outage("Started", "reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
		outage("reset", "limited", error(429, ",\"parameters\":{\"retry_after\":1}"));
		outage("limited", "failing", error(500, ""));
		outage("failing", "stalled", error(502, "").withFixedDelay(10_000));
		botApi.stubFor(post(urlEqualTo(SEND)).inScenario("outage").whenScenarioStateIs("stalled").willReturn(sent()));
		String run = "tg-outage-" + UUID.randomUUID().toString().substring(0, 6);
		String chat = String.valueOf(700_000 + (int) (Math.random() * 99_999));
		String conversation = this.triage
			.handle(new InboundMessage(Channel.TELEGRAM, chat, UUID.randomUUID().toString(), "who won the game"))
			.conversationId();
		for (int i = 0; i < 20; i++) {
			String body = run + "-" + i;
			this.transaction.execute((status) -> this.outbox.queue(conversation, Channel.TELEGRAM, chat, body));
		}

		List<Long> webhookMillis = new ArrayList<>();
		HttpClient http = HttpClient.newHttpClient();
		for (int i = 0; i < 10; i++) {
			String update = "{\"update_id\": " + (500_000 + i + (int) (Math.random() * 1000) * 20) + ", \"message\": {"
					+ "\"message_id\": 1, \"date\": 1764300000, \"chat\": {\"id\": 4242, \"type\": \"private\"},"
					+ " \"text\": \"what is ifhp\"}}";
			long start = System.nanoTime();
			HttpResponse<String> response = http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/webhooks/telegram"))
					.header("Content-Type", "application/json")
					.header("X-Telegram-Bot-Api-Secret-Token", "outage-secret")
					.POST(HttpRequest.BodyPublishers.ofString(update))
					.build(), HttpResponse.BodyHandlers.ofString());
			webhookMillis.add((System.nanoTime() - start) / 1_000_000);
			assertThat(response.statusCode()).isEqualTo(200);
			Thread.sleep(300); // spread the updates over the outage; the timing is the
								// point here
		}

		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.jdbc.sql("select count(*) from outbound_message where body like ? and status = 'SENT'")
				.param(run + "-%")
				.query(Integer.class)
				.single() == 20);
		Map<String, Long> accepted = botApi.getAllServeEvents()
			.stream()
			.filter((event) -> event.getResponse().getStatus() == 200)
			.map((event) -> JSON.readTree(event.getRequest().getBodyAsString()).get("text").asString())
			.filter((text) -> text.startsWith(run))
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(accepted).hasSize(20);
		assertThat(accepted.values()).allMatch((count) -> count == 1);
		assertThat(webhookMillis).allMatch((millis) -> millis < 2000);
	}

	private static void outage(String state, String next, ResponseDefinitionBuilder response) {
		botApi.stubFor(post(urlEqualTo(SEND)).inScenario("outage")
			.whenScenarioStateIs(state)
			.willReturn(response)
			.willSetStateTo(next));
	}

	private static ResponseDefinitionBuilder error(int code, String parameters) {
		return aResponse().withStatus(code)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"ok\":false,\"error_code\":" + code + ",\"description\":\"outage\"" + parameters + "}");
	}

	private static ResponseDefinitionBuilder sent() {
		return aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"ok\":true,\"result\":{\"message_id\":7,\"date\":1764300050,"
					+ "\"chat\":{\"id\":1,\"type\":\"private\"},\"text\":\"ok\"}}");
	}

}
