package org.rightsline.channel.telegram;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.rightsline.delivery.Channel;
import org.rightsline.delivery.Choice;
import org.rightsline.delivery.MessageSender;
import org.rightsline.delivery.OutboundMessage;
import org.rightsline.delivery.SendResult;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.springframework.stereotype.Component;

/**
 * Sends Telegram messages as plain text, so that nothing a person or an answer contains
 * (a {@code <b>} or a {@code *}) is read as markup, with the offered choices as inline
 * buttons. The Bot API's answers mean: 429, wait {@code retry_after}; 403, the person
 * blocked the bot; 5xx and network errors, try again later.
 */
@Component
class TelegramSender implements MessageSender {

	private final TelegramClient client;

	private final TelegramProperties properties;

	TelegramSender(TelegramClient client, TelegramProperties properties) {
		this.client = client;
		this.properties = properties;
	}

	@Override
	public Set<Channel> channels() {
		return Set.of(Channel.TELEGRAM);
	}

	@Override
	public SendResult send(OutboundMessage message) {
		if (!this.properties.configured()) {
			return new SendResult.Failed("not-configured", "Telegram is not configured (TELEGRAM_BOT_TOKEN).", false);
		}
		SendMessage.SendMessageBuilder<?, ?> send = SendMessage.builder()
			.chatId(message.recipient())
			.text(message.body());
		if (!message.choices().isEmpty()) {
			send.replyMarkup(keyboard(message.choices()));
		}
		try {
			Message sent = this.client.execute(send.build());
			return new SendResult.Sent(message.recipient() + ":" + sent.getMessageId());
		}
		catch (TelegramApiRequestException ex) {
			return interpret(ex);
		}
		catch (TelegramApiException ex) {
			return new SendResult.Retry("Telegram API unreachable", Optional.empty());
		}
	}

	private static SendResult interpret(TelegramApiRequestException ex) {
		Integer code = ex.getErrorCode();
		if (code == null || code >= 500) {
			return new SendResult.Retry("Telegram API error " + code, Optional.empty());
		}
		if (code == 429) {
			Integer after = (ex.getParameters() != null) ? ex.getParameters().getRetryAfter() : null;
			return new SendResult.Retry("Telegram rate limit (429)",
					Optional.ofNullable(after).map(Duration::ofSeconds));
		}
		if (code == 403) {
			return new SendResult.Failed("403", "The person blocked the bot (or deleted their account).", true);
		}
		return new SendResult.Failed(String.valueOf(code), "Telegram refused the message: " + ex.getMessage(), false);
	}

	/**
	 * One button a row: labels are whole questions, too long to sit side by side on a
	 * phone.
	 */
	private static InlineKeyboardMarkup keyboard(List<Choice> choices) {
		List<InlineKeyboardRow> rows = choices.stream()
			.map((choice) -> new InlineKeyboardRow(
					InlineKeyboardButton.builder().text(choice.label()).callbackData(choice.value()).build()))
			.toList();
		return InlineKeyboardMarkup.builder().keyboard(rows).build();
	}

}
