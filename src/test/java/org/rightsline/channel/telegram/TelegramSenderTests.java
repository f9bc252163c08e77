package org.rightsline.channel.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rightsline.delivery.Channel;
import org.rightsline.delivery.Choice;
import org.rightsline.delivery.OutboundMessage;
import org.rightsline.delivery.SendResult;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real Telegram sender, on the TelegramBots client, against WireMock playing the Bot
 * API.
 */
class TelegramSenderTests {

	private static final String TOKEN = "123456:test-token";

	// TelegramBots posts each method to its lower-case path.
	private static final String SEND = "/bot" + TOKEN + "/sendmessage";

	@RegisterExtension
	final WireMockExtension botApi = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private TelegramSender sender;

	@BeforeEach
	void start() {
		TelegramProperties properties = new TelegramProperties(TOKEN, "secret", "RightslineBot",
				URI.create(this.botApi.baseUrl()), null, false, Duration.ofSeconds(1));
		this.sender = new TelegramSender(new TelegramClientConfiguration().telegramClient(properties), properties);
	}

	@Test
	void sendsPlainTextWithButtons() {
		this.botApi.stubFor(post(urlEqualTo(SEND)).willReturn(sent()));

		SendResult result = this.sender.send(new OutboundMessage(1, "c", Channel.TELEGRAM, "4242",
				"<b>not bold</b> *not italic*", List.of(new Choice("topic:ifhp", "Health care (IFHP)")), 0));

		assertThat(result).isEqualTo(new SendResult.Sent("4242:99"));
		this.botApi
			.verify(postRequestedFor(urlEqualTo(SEND)).withRequestBody(matchingJsonPath("$.chat_id", equalTo("4242")))
				.withRequestBody(matchingJsonPath("$.text", equalTo("<b>not bold</b> *not italic*")))
				.withRequestBody(
						matchingJsonPath("$.reply_markup.inline_keyboard[0][0].callback_data", equalTo("topic:ifhp"))));
	}

	@Test
	void waitsWhatTheRateLimitSays() {
		this.botApi.stubFor(post(urlEqualTo(SEND)).willReturn(
				error(429, "\"description\":\"Too Many Requests: retry after 7\",\"parameters\":{\"retry_after\":7}")));

		assertThat(send()).isInstanceOfSatisfying(SendResult.Retry.class,
				(retry) -> assertThat(retry.after()).isEqualTo(Optional.of(Duration.ofSeconds(7))));
	}

	@Test
	void marksABlockedBotUnreachable() {
		this.botApi.stubFor(post(urlEqualTo(SEND))
			.willReturn(error(403, "\"description\":\"Forbidden: bot was blocked by the user\"")));

		assertThat(send()).isInstanceOfSatisfying(SendResult.Failed.class,
				(failed) -> assertThat(failed.unreachable()).isTrue());
	}

	@Test
	void retriesServerErrorsAndStalls() {
		this.botApi.stubFor(post(urlEqualTo(SEND)).willReturn(error(502, "\"description\":\"Bad Gateway\"")));
		assertThat(send()).isInstanceOf(SendResult.Retry.class);

		this.botApi.stubFor(post(urlEqualTo(SEND)).willReturn(sent().withFixedDelay(3000)));
		assertThat(send()).isInstanceOf(SendResult.Retry.class);
	}

	private SendResult send() {
		return this.sender.send(new OutboundMessage(1, "c", Channel.TELEGRAM, "4242", "hello", List.of(), 0));
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder sent() {
		return aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"ok\":true,\"result\":{\"message_id\":99,\"date\":1764300050,"
					+ "\"chat\":{\"id\":4242,\"type\":\"private\"},\"text\":\"hello\"}}");
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder error(int code, String rest) {
		return aResponse().withStatus(code)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"ok\":false,\"error_code\":" + code + "," + rest + "}");
	}

}
