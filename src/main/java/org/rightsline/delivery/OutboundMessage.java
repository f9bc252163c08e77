package org.rightsline.delivery;

import java.util.List;

/**
 * A message to send to a person.
 *
 * @param recipient the address on the channel: a phone number, {@code whatsapp:+1...}, a
 * chat id
 * @param choices options to offer as buttons, where the channel has them
 * @param attempts how many times sending was tried before
 * @param sender the address the person last wrote to, to send from, or null
 */
public record OutboundMessage(long id, String conversationId, Channel channel, String recipient, String body,
		List<Choice> choices, int attempts, String sender) {

	public OutboundMessage(long id, String conversationId, Channel channel, String recipient, String body,
			List<Choice> choices, int attempts) {
		this(id, conversationId, channel, recipient, body, choices, attempts, null);
	}

	/** Names ids only: the recipient and the text never reach a log. */
	@Override
	public String toString() {
		return "OutboundMessage[id=" + this.id + ", channel=" + this.channel + ", attempts=" + this.attempts + "]";
	}

}
