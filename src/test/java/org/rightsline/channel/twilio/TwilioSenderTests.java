package org.rightsline.channel.twilio;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rightsline.delivery.Channel;
import org.rightsline.delivery.OutboundMessage;
import org.rightsline.delivery.SendResult;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** The real sender against WireMock playing the Twilio REST API. */
class TwilioSenderTests {

	private static final String MESSAGES = "/2010-04-01/Accounts/" + TwilioRequests.ACCOUNT + "/Messages.json";

	@RegisterExtension
	final WireMockExtension twilioApi = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private TwilioSender sender;

	@BeforeEach
	void start() {
		this.sender = new TwilioSender(new TwilioProperties(TwilioRequests.ACCOUNT, TwilioRequests.TOKEN,
				URI.create(TwilioRequests.PUBLIC_BASE), URI.create(this.twilioApi.baseUrl()), "+15145550000",
				"whatsapp:+15145550000", null, Duration.ofSeconds(1)));
	}

	private TwilioSender senderWithout(String smsFrom, String messagingService) {
		return new TwilioSender(new TwilioProperties(TwilioRequests.ACCOUNT, TwilioRequests.TOKEN,
				URI.create(TwilioRequests.PUBLIC_BASE), URI.create(this.twilioApi.baseUrl()), smsFrom, null,
				messagingService, Duration.ofSeconds(1)));
	}

	@Test
	void sendsFromTheNumberThePersonWroteToWithNoSenderConfigured() {
		this.twilioApi.stubFor(post(urlEqualTo(MESSAGES)).willReturn(TwilioRequests.created("SMfrom")));

		SendResult result = senderWithout(null, null).send(new OutboundMessage(1, "conversation", Channel.SMS,
				"+15145551234", "hello", java.util.List.of(), 0, "+14385550100"));

		assertThat(result).isInstanceOf(SendResult.Sent.class);
		this.twilioApi.verify(postRequestedFor(urlEqualTo(MESSAGES)).withFormParam("From", equalTo("+14385550100")));
	}

	@Test
	void letsAMessagingServicePickTheSenderOfAConversationThatNeverSaid() {
		this.twilioApi.stubFor(post(urlEqualTo(MESSAGES)).willReturn(TwilioRequests.created("SMservice")));

		SendResult result = senderWithout("+15145550000", "MG0123456789abcdef0123456789abcdef")
			.send(message(Channel.SMS, "+15145551234", "hello"));

		assertThat(result).isInstanceOf(SendResult.Sent.class);
		this.twilioApi.verify(postRequestedFor(urlEqualTo(MESSAGES)).withFormParam("MessagingServiceSid",
				equalTo("MG0123456789abcdef0123456789abcdef")));
	}

	@Test
	void saysWhyWhenNoSenderIsKnownAtAll() {
		SendResult result = senderWithout(null, null).send(message(Channel.SMS, "+15145551234", "hello"));

		assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class,
				(failed) -> assertThat(failed.reason()).contains("TWILIO_SMS_FROM"));
		this.twilioApi.verify(0, postRequestedFor(urlEqualTo(MESSAGES)));
	}

	@Test
	void sendsTheRightBodyToTheRightNumber() {
		this.twilioApi.stubFor(post(urlEqualTo(MESSAGES)).willReturn(TwilioRequests.created("SM123")));

		SendResult result = this.sender.send(message(Channel.SMS, "+15145551234", "Votre réponse est prête."));

		assertThat(result).isEqualTo(new SendResult.Sent("SM123"));
		this.twilioApi.verify(postRequestedFor(urlEqualTo(MESSAGES)).withFormParam("To", equalTo("+15145551234"))
			.withFormParam("From", equalTo("+15145550000"))
			.withFormParam("Body", equalTo("Votre réponse est prête."))
			.withFormParam("StatusCallback", equalTo(TwilioRequests.PUBLIC_BASE + "/webhooks/twilio/status"))
			.withHeader("Authorization", containing("Basic ")));
	}

	@Test
	void sendsWhatsappFromTheWhatsappSender() {
		this.twilioApi.stubFor(post(urlEqualTo(MESSAGES)).willReturn(TwilioRequests.created("SM456")));

		this.sender.send(message(Channel.WHATSAPP, "whatsapp:+15145551234", "hello"));

		this.twilioApi
			.verify(postRequestedFor(urlEqualTo(MESSAGES)).withFormParam("To", equalTo("whatsapp:+15145551234"))
				.withFormParam("From", equalTo("whatsapp:+15145550000")));
	}

	@Test
	void retriesAfterTheWaitARateLimitAsksFor() {
		this.twilioApi.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(429)
			.withHeader("Retry-After", "30")
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\": 20429, \"message\": \"Too Many Requests\", \"status\": 429}")));

		SendResult result = this.sender.send(message(Channel.SMS, "+15145551234", "hello"));

		assertThat(result).isInstanceOfSatisfying(SendResult.Retry.class,
				(retry) -> assertThat(retry.after()).isEqualTo(Optional.of(Duration.ofSeconds(30))));
	}

	@Test
	void retriesAServerError() {
		this.twilioApi.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(500)));

		assertThat(this.sender.send(message(Channel.SMS, "+15145551234", "hello")))
			.isInstanceOf(SendResult.Retry.class);
	}

	@Test
	void retriesAStalledApi() {
		this.twilioApi
			.stubFor(post(urlEqualTo(MESSAGES)).willReturn(TwilioRequests.created("SM789").withFixedDelay(3000)));

		assertThat(this.sender.send(message(Channel.SMS, "+15145551234", "hello")))
			.isInstanceOf(SendResult.Retry.class);
	}

	@Test
	void givesUpOnAnOptedOutNumberAndMarksItUnreachable() {
		this.twilioApi
			.stubFor(post(urlEqualTo(MESSAGES)).willReturn(error(21610, "Attempt to send to unsubscribed recipient")));

		SendResult result = this.sender.send(message(Channel.SMS, "+15145551234", "hello"));

		assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, (failed) -> {
			assertThat(failed.code()).isEqualTo("21610");
			assertThat(failed.unreachable()).isTrue();
		});
	}

	@Test
	void explainsAWhatsappReplyOutsideTheTwentyFourHourWindow() {
		this.twilioApi.stubFor(post(urlEqualTo(MESSAGES)).willReturn(error(63016, "Failed to send freeform message")));

		SendResult result = this.sender.send(message(Channel.WHATSAPP, "whatsapp:+15145551234", "hello"));

		assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, (failed) -> {
			assertThat(failed.code()).isEqualTo("63016");
			assertThat(failed.reason()).contains("24-hour window");
			assertThat(failed.unreachable()).isFalse();
		});
	}

	private static OutboundMessage message(Channel channel, String to, String body) {
		return new OutboundMessage(1, "conversation", channel, to, body, java.util.List.of(), 0);
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder error(int code, String message) {
		return aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\": " + code + ", \"message\": \"" + message
					+ "\", \"more_info\": \"https://www.twilio.com/docs/errors/" + code + "\", \"status\": 400}");
	}

}
