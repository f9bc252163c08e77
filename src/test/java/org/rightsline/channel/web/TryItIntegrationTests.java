package org.rightsline.channel.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person running the service locally tries the bot at {@code /try}, as the README tells
 * them to.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TryItIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	/** One browser: its cookie is its session, and its session is one claimant. */
	private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void servesTheChatPage() throws Exception {
		HttpResponse<String> page = this.browser.send(HttpRequest.newBuilder(uri("/try")).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<form id=\"composer\"").contains("Try Rightsline");
	}

	@Test
	void answersRefusedCareInEnglishWithItsSource() throws Exception {
		JsonNode reply = send("my clinic refuses my ifhp paper");

		assertThat(reply.get("outcome").asString()).isEqualTo("ANSWERED");
		assertThat(reply.get("entryId").asString()).isEqualTo("ifhp-clinic-refused");
		assertThat(reply.get("language").asString()).isEqualTo("en");
		assertThat(reply.get("text").asString()).contains("https://")
			.endsWith("General information, not legal advice.");
	}

	@Test
	void answersUpFrontPaymentInFrench() throws Exception {
		JsonNode reply = send("la clinique veut que je paie");

		assertThat(reply.get("entryId").asString()).isEqualTo("ifhp-upfront-payment");
		assertThat(reply.get("language").asString()).isEqualTo("fr");
		assertThat(reply.get("text").asString()).endsWith("Information générale, pas un avis juridique.");
	}

	@Test
	void givesEmergencyNumbersInFrenchAndFlagsTheThreadUrgent() throws Exception {
		JsonNode reply = send("je veux mourir");

		assertThat(reply.get("outcome").asString()).isEqualTo("EMERGENCY");
		assertThat(reply.get("language").asString()).isEqualTo("fr");
		assertThat(reply.get("text").asString()).contains("911").contains("1 866 APPELLE").contains("Info-Social 811");
		assertThat(threadOf(reply)).isEqualTo("WAITING urgent");
	}

	@Test
	void escalatesWhatTheFaqDoesNotAnswer() throws Exception {
		JsonNode reply = send("what time is the hockey game");

		assertThat(reply.get("outcome").asString()).isEqualTo("ESCALATED");
		assertThat(reply.get("text").asString()).contains("passed it to our staff");
		assertThat(threadOf(reply)).isEqualTo("WAITING");
	}

	@Test
	void refusesAnEmptyMessage() throws Exception {
		HttpResponse<String> response = post("{\"text\": \"  \"}");

		assertThat(response.statusCode()).isEqualTo(400);
	}

	@Test
	void refusesMalformedJson() throws Exception {
		HttpResponse<String> response = post("{\"text\": ");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("Exception");
	}

	private String threadOf(JsonNode reply) throws Exception {
		String id = conversationIdOf(reply);
		return this.jdbc.sql("select state, urgent from conversation where id = ?")
			.param(id)
			.query((rs, row) -> rs.getString("state") + (rs.getBoolean("urgent") ? " urgent" : ""))
			.single();
	}

	/**
	 * The web sender is the session's; its conversation is the latest one holding the
	 * reply text.
	 */
	private String conversationIdOf(JsonNode reply) {
		return this.jdbc.sql("select conversation_id from message where body = ? order by id desc")
			.param(reply.get("text").asString())
			.query(String.class)
			.list()
			.get(0);
	}

	private JsonNode send(String text) throws IOException, InterruptedException {
		HttpResponse<String> response = post(JSON.writeValueAsString(java.util.Map.of("text", text)));
		assertThat(response.statusCode()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private HttpResponse<String> post(String json) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(uri("/try/messages"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		return this.browser.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
