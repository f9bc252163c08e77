package org.rightsline.channel.telegram;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.rightsline.conversation.Triage;
import org.rightsline.system.WebhookRefusals;
import org.telegram.telegrambots.meta.api.objects.Update;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

	TelegramWebhookController(TelegramSecret secret, TelegramUpdates updates, Triage triage, WebhookRefusals refusals) {
		this.secret = secret;
		this.updates = updates;
		this.triage = triage;
		this.refusals = refusals;
	}

	@PostMapping(path = "/webhooks/telegram")
	ResponseEntity<String> receiveUpdate(
			@RequestHeader(name = "X-Telegram-Bot-Api-Secret-Token", required = false) String token,
			@RequestBody(required = false) String body) {
		if (!this.secret.matches(token)) {
			this.refusals.refused("telegram", "secret");
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		Update update;
		try {
			update = (body == null) ? null : JSON.readValue(body, Update.class);
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
