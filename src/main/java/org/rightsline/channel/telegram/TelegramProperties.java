package org.rightsline.channel.telegram;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Telegram settings (environment variables in brackets).
 *
 * @param botToken the token BotFather gave (TELEGRAM_BOT_TOKEN)
 * @param webhookSecret the secret Telegram sends back in
 * {@code X-Telegram-Bot-Api-Secret-Token} (TELEGRAM_WEBHOOK_SECRET): without it every
 * webhook request is refused
 * @param botUsername the bot's username without {@code @} (TELEGRAM_BOT_USERNAME): in a
 * group the bot answers only messages that name it or reply to it
 * @param apiBaseUrl the Bot API (TELEGRAM_API_BASE_URL); tests point it at a stand-in
 * @param publicBaseUrl the https address Telegram calls (PUBLIC_BASE_URL)
 * @param registerWebhook whether to set the webhook at start-up
 * (TELEGRAM_REGISTER_WEBHOOK)
 * @param apiTimeout how long a Bot API call may take before it is retried later
 */
@ConfigurationProperties("rightsline.telegram")
@Validated
public record TelegramProperties(String botToken, String webhookSecret, String botUsername,
		@DefaultValue("https://api.telegram.org") @NotNull URI apiBaseUrl, URI publicBaseUrl,
		@DefaultValue("false") boolean registerWebhook, @DefaultValue("10s") @NotNull Duration apiTimeout) {

	boolean configured() {
		return this.botToken != null && !this.botToken.isBlank();
	}

	boolean secured() {
		return this.webhookSecret != null && !this.webhookSecret.isBlank();
	}

}
