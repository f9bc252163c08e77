package org.rightsline.channel.telegram;

import java.util.Map;
import java.util.Optional;

import org.rightsline.conversation.InboundMessage;
import org.rightsline.delivery.Channel;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import org.springframework.stereotype.Component;

/**
 * Turns a Telegram update into a message for the conversation core: text and commands of
 * private chats, messages that name the bot in groups, and button presses. Everything
 * else (edited messages, channel posts, a group's chatter) is acknowledged and left
 * alone.
 */
@Component
class TelegramUpdates {

	/** The bot's commands, and the words the conversation core knows them by. */
	private static final Map<String, String> COMMANDS = Map.of("start", "start", "help", "help", "menu", "menu",
			"language", "language", "human", "human");

	/**
	 * What an update asks of us: a message to handle, and a button press to acknowledge.
	 */
	record Translation(Optional<InboundMessage> message, Optional<String> callbackQueryId) {

		static Translation nothing() {
			return new Translation(Optional.empty(), Optional.empty());
		}

	}

	private final String botUsername;

	TelegramUpdates(TelegramProperties properties) {
		this.botUsername = (properties.botUsername() != null) ? properties.botUsername().replace("@", "") : "";
	}

	Translation translate(Update update) {
		// Telegram sends an update again until it gets a 2xx: its id makes the second one
		// a no-op.
		String updateId = String.valueOf(update.getUpdateId());
		if (update.hasCallbackQuery()) {
			return buttonPressed(update.getCallbackQuery(), updateId);
		}
		if (update.hasMessage()) {
			return message(update.getMessage(), updateId).map((m) -> new Translation(Optional.of(m), Optional.empty()))
				.orElseGet(Translation::nothing);
		}
		return Translation.nothing();
	}

	private Translation buttonPressed(CallbackQuery query, String updateId) {
		Long chatId = (query.getMessage() != null) ? query.getMessage().getChatId() : query.getFrom().getId();
		if (chatId == null || query.getData() == null) {
			return new Translation(Optional.empty(), Optional.ofNullable(query.getId()));
		}
		return new Translation(
				Optional.of(InboundMessage.choice(Channel.TELEGRAM, String.valueOf(chatId), updateId, query.getData())),
				Optional.ofNullable(query.getId()));
	}

	private Optional<InboundMessage> message(Message message, String updateId) {
		if (message.getChat() == null || message.getChatId() == null) {
			return Optional.empty();
		}
		String type = message.getChat().getType();
		boolean group = "group".equals(type) || "supergroup".equals(type);
		if (!"private".equals(type) && !group) {
			return Optional.empty();
		}
		String text = message.hasText() ? message.getText() : Optional.ofNullable(message.getCaption()).orElse("");
		if (group && !addressed(message, text)) {
			return Optional.empty();
		}
		text = command(withoutMention(text));
		int attachments = (message.hasPhoto() || message.hasSticker() || message.hasDocument() || message.hasVoice()
				|| message.hasVideo() || message.hasAudio() || message.hasVideoNote() || message.hasAnimation()) ? 1
						: 0;
		return Optional
			.of(new InboundMessage(Channel.TELEGRAM, String.valueOf(message.getChatId()), updateId, text, attachments));
	}

	/** In a group the bot answers only when named, or when someone replies to it. */
	private boolean addressed(Message message, String text) {
		if (this.botUsername.isEmpty()) {
			return false;
		}
		if (text.toLowerCase().contains("@" + this.botUsername.toLowerCase())) {
			return true;
		}
		Message repliedTo = message.getReplyToMessage();
		return repliedTo != null && repliedTo.getFrom() != null
				&& this.botUsername.equalsIgnoreCase(repliedTo.getFrom().getUserName());
	}

	private String withoutMention(String text) {
		return this.botUsername.isEmpty() ? text
				: text.replaceAll("(?i)@" + java.util.regex.Pattern.quote(this.botUsername), "").strip();
	}

	/** "/menu" (or "/menu@bot") is the word the conversation core knows for it. */
	private static String command(String text) {
		if (!text.startsWith("/")) {
			return text;
		}
		String word = text.substring(1).split("[\\s@]", 2)[0].toLowerCase();
		return COMMANDS.getOrDefault(word, text);
	}

}
