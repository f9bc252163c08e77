package org.rightsline.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.rightsline.delivery.Channel;
import org.rightsline.delivery.Outbox;
import org.rightsline.system.TextFolding;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do to a conversation: take it, answer it, note something, resolve or reopen
 * it. Each action is one transaction on a locked conversation; a reply is stored and
 * queued together, so either the person will get it or staff see it was never sent.
 */
@Service
public class StaffDesk {

	/** The longest reply: Twilio's limit for one SMS or WhatsApp message. */
	public static final int MAX_REPLY = ReplyLength.MAX_CHARACTERS;

	private final ConversationRepository conversations;

	private final MessageRepository messages;

	private final Outbox outbox;

	private final Clock clock;

	StaffDesk(ConversationRepository conversations, MessageRepository messages, Outbox outbox, Clock clock) {
		this.conversations = conversations;
		this.messages = messages;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Stores a staff reply and queues it for the person's channel.
	 * @throws ClaimantUnreachable when the person opted out or blocked the bot: nothing
	 * is stored
	 */
	@Transactional
	public void reply(String conversationId, String staffId, String text) {
		Conversation conversation = locked(conversationId);
		if (!conversation.reachable()) {
			throw new ClaimantUnreachable(conversation.optedOut());
		}
		String body = TextFolding.clean(text).strip();
		if (body.isEmpty() || body.length() > MAX_REPLY) {
			throw new IllegalConversationChange("a reply must have 1 to " + MAX_REPLY + " characters");
		}
		Instant now = this.clock.instant();
		conversation.staffReplied(staffId, now);
		List<String> parts = (conversation.channel() == Channel.TELEGRAM)
				? ReplyLength.split(body, ReplyLength.TELEGRAM_MAX_CHARACTERS) : List.of(body);
		long outboundId = -1;
		for (String part : parts) {
			outboundId = this.outbox.queue(conversation.id(), conversation.channel(), conversation.contact(), part);
		}
		this.messages.appendStaffReply(conversation.id(), staffId, body, outboundId, conversation.language(), now);
		this.conversations.update(conversation);
	}

	@Transactional
	public void take(String conversationId, String staffId) {
		Conversation conversation = locked(conversationId);
		conversation.take(staffId, this.clock.instant());
		this.conversations.update(conversation);
	}

	@Transactional
	public void resolve(String conversationId) {
		Conversation conversation = locked(conversationId);
		conversation.resolve(this.clock.instant());
		this.conversations.update(conversation);
	}

	@Transactional
	public void reopen(String conversationId) {
		Conversation conversation = locked(conversationId);
		conversation.reopen(this.clock.instant());
		this.conversations.update(conversation);
	}

	/** An internal note: staff see it in the thread, the person never does. */
	@Transactional
	public void note(String conversationId, String staffId, String text) {
		Conversation conversation = locked(conversationId);
		String body = TextFolding.clean(text).strip();
		if (body.isEmpty() || body.length() > 5000) {
			throw new IllegalConversationChange("a note must have 1 to 5000 characters");
		}
		this.messages.appendNote(conversation.id(), staffId, body, this.clock.instant());
	}

	private Conversation locked(String conversationId) {
		return this.conversations.lock(conversationId).orElseThrow(() -> new ConversationNotFound(conversationId));
	}

}
