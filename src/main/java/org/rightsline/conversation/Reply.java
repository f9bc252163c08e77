package org.rightsline.conversation;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.rightsline.content.Language;
import org.rightsline.delivery.Choice;

/**
 * What the conversation core answers to an inbound message.
 *
 * @param text the reply to send, empty when the bot stays silent
 * @param then a second message sent after the first: the FAQ's answer to a question asked
 * beside an emergency, after the emergency numbers
 * @param entryId the FAQ entry answered, when {@link Outcome#ANSWERED}
 * @param duplicate true when the message had been handled before and this is the earlier
 * reply
 * @param choices options offered with the reply, shown as buttons where the channel has
 * them
 */
public record Reply(String conversationId, Outcome outcome, Optional<String> text, Optional<String> then,
		Language language, Optional<String> entryId, boolean duplicate, List<Choice> choices) {

	/** The messages to send, in order. */
	public List<String> texts() {
		return Stream.concat(this.text.stream(), this.then.stream()).toList();
	}

	/** The entries a clarification offers, in the order they are numbered. */
	public List<String> offeredEntries() {
		return this.choices.stream()
			.map(Choice::value)
			.filter((value) -> value.startsWith(Choices.ENTRY + ":"))
			.map((value) -> value.substring(Choices.ENTRY.length() + 1))
			.toList();
	}

	@Override
	public String toString() {
		return "Reply[conversation=" + this.conversationId + ", outcome=" + this.outcome + ", entry="
				+ this.entryId.orElse("-") + ", duplicate=" + this.duplicate + "]";
	}

}
