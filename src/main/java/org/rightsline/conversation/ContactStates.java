package org.rightsline.conversation;

import java.time.Clock;

import org.rightsline.delivery.ContactUnreachable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps a conversation's reachability in line with what the providers report. */
@Component
class ContactStates {

	private static final Logger log = LoggerFactory.getLogger(ContactStates.class);

	private final ConversationRepository conversations;

	private final Clock clock;

	ContactStates(ConversationRepository conversations, Clock clock) {
		this.conversations = conversations;
		this.clock = clock;
	}

	@EventListener
	void on(ContactUnreachable event) {
		this.conversations.markUnreachable(event.conversationId(), this.clock.instant());
		log.info("Conversation {} marked unreachable ({})", event.conversationId(), event.code());
	}

}
