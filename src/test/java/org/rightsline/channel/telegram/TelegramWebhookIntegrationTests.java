package org.rightsline.channel.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.rightsline.system.ContactCipher;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Telegram posts updates, shaped as in the Bot API documentation, to the webhook;
 * WireMock plays the Bot API and receives what the person would see.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "rightsline.telegram.bot-token=" + TelegramWebhookIntegrationTests.TOKEN,
				"rightsline.telegram.webhook-secret=" + TelegramWebhookIntegrationTests.SECRET,
				"rightsline.telegram.bot-username=RightslineBot", "rightsline.delivery.poll-interval=200ms",
				"rightsline.delivery.first-retry=200ms", "rightsline.delivery.enabled=true" })
class TelegramWebhookIntegrationTests {

	static final String TOKEN = "123456:test-token";

	static final String SECRET = "test-secret_42";

	// TelegramBots posts each method to its lower-case path.
	private static final String SEND = "/bot" + TOKEN + "/sendmessage";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final AtomicLong updateIds = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

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
	JdbcClient jdbc;

	@Autowired
	ContactCipher contacts;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void reset() {
		botApi.stubFor(post(urlEqualTo(SEND)).atPriority(5).willReturn(sent()));
	}

	@Test
	void refusesAWrongOrMissingSecretAndStoresNothing() throws Exception {
		long chat = newChat();
		String update = privateText(chat, "what is ifhp");

		assertThat(postUpdate(update, "wrong-secret").statusCode()).isEqualTo(401);
		assertThat(postUpdate(update, null).statusCode()).isEqualTo(401);
		assertThat(conversationsOf(chat)).isZero();
	}

	@Test
	void answersAQuestionWithTheFullAnswerInTheSameLanguage() throws Exception {
		long chat = newChat();

		assertThat(postUpdate(privateText(chat, "what is the safe third country agreement"), SECRET).statusCode())
			.isEqualTo(200);

		JsonNode sent = awaitSentTo(chat);
		assertThat(sent.get("text").asString()).contains("https://").endsWith("General information, not legal advice.");
		assertThat(entriesAnsweredTo(chat)).containsExactly("stca-what-is");
	}

	@Test
	void sendsTheEmergencyNumbersThenTheAnswerAsTwoMessages() throws Exception {
		long chat = newChat();

		postUpdate(privateText(chat, "my clinic refuses my ifhp paper. and my husband is not breathing right now"),
				SECRET);

		assertThat(awaitSentTo(chat, 1).get("text").asString()).contains("911");
		assertThat(awaitSentTo(chat, 2).get("text").asString()).endsWith("General information, not legal advice.");
	}

	@Test
	void answersInFrench() throws Exception {
		long chat = newChat();

		postUpdate(privateText(chat, "c'est quoi le PFSI?"), SECRET);

		assertThat(awaitSentTo(chat).get("text").asString()).endsWith("Information générale, pas un avis juridique.");
	}

	@Test
	void goesFromStartThroughTheMenuToAnAnswer() throws Exception {
		long chat = newChat();

		postUpdate(privateText(chat, "/start"), SECRET);
		JsonNode welcome = awaitSentTo(chat);
		assertThat(buttons(welcome)).contains("lang:en", "lang:fr", "lang:es");

		HttpResponse<String> french = postUpdate(buttonPress(chat, "lang:fr"), SECRET);
		assertThat(JSON.readTree(french.body()).get("method").asString()).isEqualTo("answerCallbackQuery");
		JsonNode menu = awaitSentTo(chat, 2);
		assertThat(menu.get("text").asString()).startsWith("Je vous répondrai en français.");
		assertThat(buttons(menu)).contains("topic:ifhp", "topic:stca");

		postUpdate(buttonPress(chat, "topic:ifhp"), SECRET);
		assertThat(buttons(awaitSentTo(chat, 3))).contains("entry:ifhp-what-is", "entry:ifhp-clinic-refused");

		postUpdate(buttonPress(chat, "entry:ifhp-clinic-refused"), SECRET);
		assertThat(awaitSentTo(chat, 4).get("text").asString())
			.endsWith("Information générale, pas un avis juridique.");
		assertThat(entriesAnsweredTo(chat)).containsExactly("ifhp-clinic-refused");
	}

	@Test
	void givesHelpAndHandsToAPersonOnRequest() throws Exception {
		long chat = newChat();

		postUpdate(privateText(chat, "/help"), SECRET);
		assertThat(awaitSentTo(chat).get("text").asString()).contains("846-0005");

		postUpdate(privateText(chat, "/human"), SECRET);
		awaitSentTo(chat, 2);
		assertThat(this.jdbc.sql("select state from conversation where contact_hash = ?")
			.param(this.contacts.lookup(String.valueOf(chat)))
			.query(String.class)
			.single()).isEqualTo("WAITING");
	}

	@Test
	void processesARepeatedUpdateOnce() throws Exception {
		long chat = newChat();
		String update = privateText(chat, "what is ifhp");

		postUpdate(update, SECRET);
		postUpdate(update, SECRET);

		awaitSentTo(chat);
		Thread.sleep(500); // the one place a wait is the point: nothing more may arrive
		assertThat(requestsTo(chat)).hasSize(1);
		assertThat(this.jdbc.sql(
				"select count(*) from message m join conversation c on c.id = m.conversation_id where c.contact_hash = ?")
			.param(this.contacts.lookup(String.valueOf(chat)))
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void waitsWhatARateLimitAsksThenDelivers() throws Exception {
		long chat = newChat();
		// Only this chat's messages meet the rate limit: a reply of another test still on
		// its way must
		// not take the 429 meant for this one.
		botApi.stubFor(post(urlEqualTo(SEND)).atPriority(1)
			.withRequestBody(matchingJsonPath("$.chat_id", equalTo(String.valueOf(chat))))
			.inScenario("flood")
			.whenScenarioStateIs("Started")
			.willReturn(aResponse().withStatus(429)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\","
						+ "\"parameters\":{\"retry_after\":1}}"))
			.willSetStateTo("calm"));

		postUpdate(privateText(chat, "what is ifhp"), SECRET);

		await().atMost(Duration.ofSeconds(10)).until(() -> requestsTo(chat).size() == 2);
		List<ServeEvent> attempts = requestsTo(chat);
		long waited = Math.abs(attempts.get(0).getRequest().getLoggedDate().getTime()
				- attempts.get(1).getRequest().getLoggedDate().getTime());
		assertThat(waited).isGreaterThanOrEqualTo(900);
		await().atMost(Duration.ofSeconds(5)).until(() -> "SENT".equals(outboundStatusOf(chat)));
	}

	@Test
	void marksAContactWhoBlockedTheBotUnreachable() throws Exception {
		long chat = newChat();
		botApi.stubFor(post(urlEqualTo(SEND)).atPriority(1)
			.withRequestBody(matchingJsonPath("$.chat_id", equalTo(String.valueOf(chat))))
			.willReturn(aResponse().withStatus(403)
				.withHeader("Content-Type", "application/json")
				.withBody(
						"{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}")));

		postUpdate(privateText(chat, "what is ifhp"), SECRET);

		await().atMost(Duration.ofSeconds(10))
			.until(() -> Boolean.TRUE
				.equals(this.jdbc.sql("select unreachable from conversation where contact_hash = ?")
					.param(this.contacts.lookup(String.valueOf(chat)))
					.query(Boolean.class)
					.optional()
					.orElse(false)));
		assertThat(outboundStatusOf(chat)).isEqualTo("FAILED");
	}

	@Test
	void keepsUserTextWithMarkupCharactersAsText() throws Exception {
		long chat = newChat();
		String text = "<b>is ifhp</b> *valid* for [dentist](http://x)?";

		postUpdate(privateText(chat, text), SECRET);

		JsonNode sent = awaitSentTo(chat);
		assertThat(sent.has("parse_mode")).isFalse();
		assertThat(this.jdbc.sql("""
				select body from message m join conversation c on c.id = m.conversation_id
				where c.contact_hash = ? and m.direction = 'IN'""")
			.param(this.contacts.lookup(String.valueOf(chat)))
			.query(String.class)
			.single()).isEqualTo(text);
	}

	@Test
	void repliesThatOnlyTextIsReadToASticker() throws Exception {
		long chat = newChat();

		assertThat(postUpdate(fixture("sticker.json", chat), SECRET).statusCode()).isEqualTo(200);

		assertThat(awaitSentTo(chat).get("text").asString()).contains("only read text");
	}

	@Test
	void acknowledgesWhatItDoesNotHandleWithoutAnswering() throws Exception {
		long chat = newChat();

		assertThat(postUpdate(fixture("edited.json", chat), SECRET).statusCode()).isEqualTo(200);
		assertThat(postUpdate(fixture("channel-post.json", chat), SECRET).statusCode()).isEqualTo(200);
		assertThat(postUpdate(fixture("group-text.json", chat), SECRET).statusCode()).isEqualTo(200);
		assertThat(postUpdate("{\"update_id\": " + updateIds.incrementAndGet() + "}", SECRET).statusCode())
			.isEqualTo(200);

		Thread.sleep(500); // nothing may be sent: waiting is the point
		assertThat(requestsTo(chat)).isEmpty();
	}

	@Test
	void answersAGroupOnlyWhenNamed() throws Exception {
		long chat = -newChat();

		postUpdate(fixture("group-text.json", chat).replace("\"what is ifhp\"", "\"@RightslineBot what is ifhp\""),
				SECRET);

		assertThat(awaitSentTo(chat).get("text").asString()).contains("IFHP");
	}

	@Test
	void refusesMalformedJsonAndNeverFailsOnAHugeBody() throws Exception {
		assertThat(postUpdate("{\"update_id\": ", SECRET).statusCode()).isEqualTo(400);
		assertThat(postUpdate("not json", SECRET).statusCode()).isEqualTo(400);
		String huge = privateText(newChat(), "x".repeat(200_000));
		assertThat(postUpdate(huge, SECRET).statusCode()).isLessThan(500);
	}

	private static long newChat() {
		return 100_000 + updateIds.incrementAndGet() % 1_000_000_000L;
	}

	private static String privateText(long chat, String text) throws IOException {
		return fixture("private-text.json", chat).replace("\"what is the safe third country agreement\"",
				JSON.writeValueAsString(text));
	}

	private static String buttonPress(long chat, String data) throws IOException {
		return fixture("callback.json", chat).replace("\"topic:ifhp\"", JSON.writeValueAsString(data))
			.replace("4382bfdwdsb323b2d9", "cb" + updateIds.incrementAndGet());
	}

	/** A payload file beside the test, with a new update id and the given chat. */
	private static String fixture(String name, long chat) throws IOException {
		try (InputStream in = TelegramWebhookIntegrationTests.class.getResourceAsStream("/telegram/" + name)) {
			String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return json.replaceFirst("\"update_id\": \\d+", "\"update_id\": " + updateIds.incrementAndGet())
				.replace("\"id\": 555", "\"id\": " + chat)
				.replace("\"id\": -4001", "\"id\": " + chat);
		}
	}

	private HttpResponse<String> postUpdate(String json, String secret) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/webhooks/telegram"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (secret != null) {
			request.header("X-Telegram-Bot-Api-Secret-Token", secret);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private JsonNode awaitSentTo(long chat) {
		return awaitSentTo(chat, 1);
	}

	/** The n-th message the Bot API received for the chat, once it has. */
	private JsonNode awaitSentTo(long chat, int n) {
		await().atMost(Duration.ofSeconds(10)).until(() -> requestsTo(chat).size() >= n);
		return JSON.readTree(requestsTo(chat).get(n - 1).getRequest().getBodyAsString());
	}

	private List<ServeEvent> requestsTo(long chat) {
		return botApi.getAllServeEvents()
			.stream()
			.filter((event) -> event.getRequest().getUrl().equals(SEND))
			.filter((event) -> JSON.readTree(event.getRequest().getBodyAsString())
				.get("chat_id")
				.asString()
				.equals(String.valueOf(chat)))
			.sorted((a, b) -> a.getRequest().getLoggedDate().compareTo(b.getRequest().getLoggedDate()))
			.toList();
	}

	private static List<String> buttons(JsonNode sent) {
		return sent.get("reply_markup")
			.get("inline_keyboard")
			.valueStream()
			.flatMap(JsonNode::valueStream)
			.map((button) -> button.get("callback_data").asString())
			.toList();
	}

	private List<String> entriesAnsweredTo(long chat) {
		return this.jdbc.sql("""
				select entry_id from message m join conversation c on c.id = m.conversation_id
				where c.contact_hash = ? and m.direction = 'OUT' and m.outcome = 'ANSWERED' order by m.id""")
			.param(this.contacts.lookup(String.valueOf(chat)))
			.query(String.class)
			.list();
	}

	private String outboundStatusOf(long chat) {
		return this.jdbc.sql("""
				select o.status from outbound_message o join conversation c on c.id = o.conversation_id
				where c.contact_hash = ? order by o.id desc""")
			.param(this.contacts.lookup(String.valueOf(chat)))
			.query(String.class)
			.list()
			.get(0);
	}

	private int conversationsOf(long chat) {
		return this.jdbc.sql("select count(*) from conversation where contact_hash = ?")
			.param(this.contacts.lookup(String.valueOf(chat)))
			.query(Integer.class)
			.single();
	}

	private static ResponseDefinitionBuilder sent() {
		return aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"ok\":true,\"result\":{\"message_id\":99,\"date\":1764300050,"
					+ "\"chat\":{\"id\":1,\"type\":\"private\"},\"text\":\"ok\"}}");
	}

}
