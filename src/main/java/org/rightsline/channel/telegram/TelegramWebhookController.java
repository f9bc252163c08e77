package org.rightsline.channel.telegram;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.rightsline.conversation.Triage;
import org.rightsline.system.WebhookProperties;
import org.rightsline.system.WebhookRefusals;
import org.telegram.telegrambots.meta.api.objects.Update;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Telegram's webhook. Updates are read with TelegramBots' own types (and its Jackson 2
 * mapping, which its types are annotated for). A button press is acknowledged in the HTTP
 * response itself, as the Bot API allows, so that its spinner stops without an extra
 * call.
 */
@RestController
class TelegramWebhookController {

	/** Unknown fields are ignored: the Bot API adds fields often. */
	private static final ObjectMapper JSON = new ObjectMapper()
		.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

	private final TelegramSecret secret;

	private final TelegramUpdates updates;

	private final Triage triage;

	private final WebhookRefusals refusals;

	private final int maxBytes;

	TelegramWebhookController(TelegramSecret secret, TelegramUpdates updates, Triage triage, WebhookRefusals refusals,
			WebhookProperties webhooks) {
		this.maxBytes = (int) Math.min(Integer.MAX_VALUE - 1, webhooks.maxBodySize().toBytes());
		this.secret = secret;
		this.updates = updates;
		this.triage = triage;
		this.refusals = refusals;
	}

	/**
	 * The secret is checked before a byte of the body is read, and the body is read
	 * through a bounded stream: a forged request costs nothing, whatever it carries.
	 */
	@PostMapping(path = "/webhooks/telegram")
	ResponseEntity<String> receiveUpdate(
			@RequestHeader(name = "X-Telegram-Bot-Api-Secret-Token", required = false) String token,
			HttpServletRequest request) throws IOException {
		if (!this.secret.matches(token)) {
			this.refusals.refused("telegram", "secret");
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		byte[] body = request.getInputStream().readNBytes(this.maxBytes + 1);
		if (body.length > this.maxBytes) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
		}
		Update update;
		try {
			update = (body.length == 0) ? null : JSON.readValue(body, Update.class);
		}
		catch (JsonProcessingException ex) {
			update = null;
		}
		if (update == null || update.getUpdateId() == null) {
			return ResponseEntity.badRequest().build();
		}
		TelegramUpdates.Translation translation = this.updates.translate(update);
		translation.message().ifPresent(this.triage::handle);
		if (translation.callbackQueryId().isPresent()) {
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.body(answerCallback(translation.callbackQueryId().get()));
		}
		// A 2xx for everything read, handled or not: Telegram would otherwise send it
		// again and again.
		return ResponseEntity.ok().build();
	}

	private static String answerCallback(String callbackQueryId) {
		try {
			return JSON
				.writeValueAsString(Map.of("method", "answerCallbackQuery", "callback_query_id", callbackQueryId));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
