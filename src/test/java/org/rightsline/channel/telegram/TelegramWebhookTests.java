package org.rightsline.channel.telegram;

import java.net.URI;
import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** {@code telegram set-webhook}, against WireMock playing the Bot API. */
class TelegramWebhookTests {

	private static final String TOKEN = "123456:test-token";

	@RegisterExtension
	final WireMockExtension botApi = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@BeforeEach
	void start() {
		// setWebhook goes as multipart (it can carry a certificate); the other methods as
		// JSON, lower case.
		this.botApi.stubFor(post(urlMatching("(?i)/bot" + TOKEN + "/setwebhook")).willReturn(ok()));
		this.botApi.stubFor(post(urlMatching("(?i)/bot" + TOKEN + "/deletewebhook")).willReturn(ok()));
	}

	@Test
	void setsTheWebhookWithTheSecretAndOnlyTheUpdatesTheBotHandles() throws Exception {
		TelegramWebhook webhook = webhook("https://rightsline.example.org/");

		assertThat(webhook.run("set-webhook")).isZero();

		this.botApi.verify(postRequestedFor(urlMatching("(?i)/bot" + TOKEN + "/setwebhook"))
			.withRequestBodyPart(part("url", "https://rightsline.example.org/webhooks/telegram"))
			.withRequestBodyPart(part("secret_token", "s3cret"))
			.withRequestBodyPart(part("allowed_updates", "[\"message\",\"callback_query\"]")));
	}

	@Test
	void deletesTheWebhook() throws Exception {
		assertThat(webhook("https://rightsline.example.org").run("delete-webhook")).isZero();

		this.botApi.verify(postRequestedFor(urlMatching("(?i)/bot" + TOKEN + "/deletewebhook")));
	}

	@Test
	void refusesToSetAWebhookWithoutAPublicAddress() {
		assertThatIllegalStateException().isThrownBy(() -> webhook(null).run("set-webhook"))
			.withMessageContaining("PUBLIC_BASE_URL");
	}

	@Test
	void explainsItsUsage() throws Exception {
		assertThat(webhook("https://x.org").run("nonsense")).isEqualTo(2);
	}

	private TelegramWebhook webhook(String publicBaseUrl) {
		TelegramProperties properties = new TelegramProperties(TOKEN, "s3cret", "RightslineBot",
				URI.create(this.botApi.baseUrl()), (publicBaseUrl != null) ? URI.create(publicBaseUrl) : null, false,
				Duration.ofSeconds(2));
		return new TelegramWebhook(new TelegramClientConfiguration().telegramClient(properties), properties);
	}

	private static com.github.tomakehurst.wiremock.matching.MultipartValuePattern part(String name, String value) {
		return aMultipart().withName(name).withBody(equalTo(value)).build();
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ok() {
		return aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"ok\":true,\"result\":true,\"description\":\"Webhook was set\"}");
	}

}
