package org.rightsline.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rightsline.channel.twilio.TwilioRequests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar we ship, started as the deploy files start it (a process of its own, set up
 * through the environment variables of {@code .env.example}): it becomes ready, answers a
 * signed SMS, refuses a forged one, and counts both. Run by {@code ./mvnw verify} after
 * the jar is packaged; with {@code -Ppostgres} on a PostgreSQL database of its own.
 */
class PackagedServiceIT {

	private static final String MESSAGES = "/webhooks/twilio/messages";

	private static PackagedService service;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void start() throws Exception {
		service = PackagedService.start("256m");
	}

	@AfterAll
	static void stop() throws Exception {
		if (service != null) {
			service.close();
		}
	}

	@Test
	void isLiveAndReady() throws Exception {
		assertThat(service.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		assertThat(service.get("/actuator/health/readiness").body()).contains("UP");
	}

	@Test
	void answersASignedSmsAndRefusesAForgedOne() throws Exception {
		Map<String, String> form = TwilioRequests.sms("my clinic refuses my ifhp paper");

		HttpResponse<String> signed = post(form, PackagedService.TWILIO_TOKEN);
		HttpResponse<String> forged = post(TwilioRequests.sms("my clinic refuses my ifhp paper"), "forged");

		assertThat(signed.statusCode()).isEqualTo(200);
		assertThat(signed.body()).contains("<Message>").contains("General info, not legal advice");
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(service.metric("rightsline_messages_in_total", "channel=\"SMS\"")).isEqualTo(1);
		assertThat(service.metric("rightsline_webhooks_refused_total", "reason=\"signature\"")).isEqualTo(1);
	}

	private HttpResponse<String> post(Map<String, String> form, String token) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + MESSAGES))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Twilio-Signature", TwilioRequests.sign(TwilioRequests.PUBLIC_BASE + MESSAGES, form, token))
			.POST(HttpRequest.BodyPublishers.ofString(TwilioRequests.encode(form)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
