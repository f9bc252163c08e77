package org.rightsline.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The body limit as an attacker meets it, through a real Tomcat: on percent-encoded paths
 * (which Spring routes to the webhooks all the same), with bodies sent in chunks, and
 * with a forged Telegram secret on a body far larger than the heap.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "rightsline.telegram.webhook-secret=size-secret", "rightsline.telegram.bot-token=1:size",
				"rightsline.telegram.api-base-url=http://127.0.0.1:9" })
class OversizedRequestIntegrationTests {

	private static final String BIG_UPDATE = "{\"update_id\":1,\"x\":\"" + "A".repeat(70_000) + "\"}";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/webhooks/telegram", "/%77ebhooks/telegram", "/%77ebhooks/twilio/messages",
			"/webhooks/%74elegram", "/inbox/login" })
	void refusesABodyOverTheLimitOnAnyPath(String path) throws Exception {
		assertThat(post(path, BodyPublishers.ofString(BIG_UPDATE))).isEqualTo(413);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/webhooks/telegram", "/%77ebhooks/telegram" })
	void refusesABodySentInChunks(String path) throws Exception {
		byte[] small = "{\"update_id\":1}".getBytes(StandardCharsets.UTF_8);
		BodyPublisher chunked = BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(small));

		assertThat(post(path, chunked)).isEqualTo(413);
	}

	@Test
	void refusesAForgedTelegramUpdateWithoutReadingItsHundredsOfMegabytes() throws Exception {
		long announced = 400L * 1024 * 1024;
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST /%77ebhooks/telegram HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "X-Telegram-Bot-Api-Secret-Token: forged\r\nContent-Length: " + announced + "\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.write(new byte[64 * 1024]);
			out.flush();
			String statusLine = firstLine(socket.getInputStream());

			assertThat(statusLine).startsWith("HTTP/1.1 413");
		}
	}

	private int post(String path, BodyPublisher body) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Content-Type", "application/json")
			.header("X-Telegram-Bot-Api-Secret-Token", "size-secret")
			.POST(body)
			.build();
		return this.http.send(request, BodyHandlers.discarding()).statusCode();
	}

	private static String firstLine(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
			line.append((char) c);
		}
		return line.toString().trim();
	}

}
