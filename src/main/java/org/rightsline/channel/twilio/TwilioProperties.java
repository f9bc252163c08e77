package org.rightsline.channel.twilio;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Twilio settings (environment variables in brackets).
 *
 * @param accountSid the account (TWILIO_ACCOUNT_SID); a webhook naming another account is
 * refused
 * @param authToken signs Twilio's webhooks and authenticates our API calls
 * (TWILIO_AUTH_TOKEN). Without it the signature check is off, which only the embedded
 * default allows
 * @param publicBaseUrl the address Twilio calls, as Twilio sees it (PUBLIC_BASE_URL),
 * such as {@code https://rightsline.example.org}: behind a TLS-terminating proxy the
 * request this service receives has another URL, and Twilio signs the one it called
 * @param apiBaseUrl the Twilio REST API (TWILIO_API_BASE_URL); tests point it at a
 * stand-in
 * @param smsFrom optional: the Twilio number staff replies are sent from by SMS when the
 * conversation has not recorded the number the person wrote to (TWILIO_SMS_FROM)
 * @param whatsappFrom optional: the same for WhatsApp, {@code whatsapp:+1...}
 * (TWILIO_WHATSAPP_FROM)
 * @param messagingServiceSid optional: a Messaging Service that picks the sender, for
 * such a conversation, before the two above (TWILIO_MESSAGING_SERVICE_SID)
 * @param apiTimeout how long a call to the REST API may take before it is retried later
 */
@ConfigurationProperties("rightsline.twilio")
@Validated
public record TwilioProperties(String accountSid, String authToken, URI publicBaseUrl,
		@DefaultValue("https://api.twilio.com") @NotNull URI apiBaseUrl, String smsFrom, String whatsappFrom,
		String messagingServiceSid, @DefaultValue("10s") @NotNull Duration apiTimeout) {

	boolean signed() {
		return this.authToken != null && !this.authToken.isBlank();
	}

	boolean canSend() {
		return signed() && this.accountSid != null && !this.accountSid.isBlank();
	}

}
