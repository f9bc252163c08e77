package org.rightsline.channel.telegram;

import java.util.List;

import org.rightsline.system.CommandLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Registers the bot's webhook with Telegram: the URL, the secret Telegram must send back,
 * and only the kinds of update the bot handles. At start-up when
 * {@code TELEGRAM_REGISTER_WEBHOOK} is true, and as a command:
 * {@code java -jar target/rightsline.jar telegram set-webhook} (or
 * {@code delete-webhook}).
 */
@Component("telegram")
class TelegramWebhook implements CommandLine.Command {

	private static final Logger log = LoggerFactory.getLogger(TelegramWebhook.class);

	static final String PATH = "/webhooks/telegram";

	/** The updates the bot handles; Telegram does not send the others at all. */
	static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query");

	private final TelegramClient client;

	private final TelegramProperties properties;

	TelegramWebhook(TelegramClient client, TelegramProperties properties) {
		this.client = client;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void registerAtStartup() {
		if (this.properties.registerWebhook()) {
			try {
				set();
			}
			catch (TelegramApiException | IllegalStateException ex) {
				// The service still answers SMS; the log says what to fix.
				log.error("Could not set the Telegram webhook: {}", ex.getMessage());
			}
		}
	}

	@Override
	public int run(String... args) throws TelegramApiException {
		String action = (args.length > 0) ? args[0] : "";
		switch (action) {
			case "set-webhook" -> System.out.println("Telegram webhook set to " + set());
			case "delete-webhook" -> {
				this.client.execute(DeleteWebhook.builder().build());
				System.out.println("Telegram webhook deleted.");
			}
			default -> {
				System.err.println("usage: telegram set-webhook | delete-webhook");
				return 2;
			}
		}
		return 0;
	}

	/**
	 * @return the URL the webhook now points at
	 */
	String set() throws TelegramApiException {
		if (!this.properties.configured() || !this.properties.secured() || this.properties.publicBaseUrl() == null
				|| this.properties.publicBaseUrl().toString().isBlank()) {
			throw new IllegalStateException(
					"TELEGRAM_BOT_TOKEN, TELEGRAM_WEBHOOK_SECRET and PUBLIC_BASE_URL must be set to register the webhook");
		}
		String url = this.properties.publicBaseUrl().toString().replaceAll("/+$", "") + PATH;
		this.client.execute(SetWebhook.builder()
			.url(url)
			.secretToken(this.properties.webhookSecret())
			.allowedUpdates(ALLOWED_UPDATES)
			.build());
		log.info("Telegram webhook set to {}", url);
		return url;
	}

}
