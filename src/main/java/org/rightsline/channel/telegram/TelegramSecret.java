package org.rightsline.channel.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Checks the secret token Telegram sends with every webhook request (set with the
 * webhook). The comparison takes the same time however many characters match, so the
 * secret cannot be guessed one character at a time; TelegramBots leaves this check to the
 * application.
 */
@Component
class TelegramSecret {

	private static final Logger log = LoggerFactory.getLogger(TelegramSecret.class);

	private final byte[] secret;

	TelegramSecret(TelegramProperties properties) {
		this.secret = properties.secured() ? properties.webhookSecret().getBytes(StandardCharsets.UTF_8) : null;
		if (this.secret == null) {
			log.info(
					"Telegram is off: TELEGRAM_WEBHOOK_SECRET is not set, so /webhooks/telegram refuses every request");
		}
	}

	boolean matches(String header) {
		if (this.secret == null || header == null) {
			return false;
		}
		return MessageDigest.isEqual(this.secret, header.getBytes(StandardCharsets.UTF_8));
	}

}
