package org.rightsline.conversation;

/**
 * A message from a person, whatever the channel it came by.
 *
 * @param sender the address to answer: a phone number, {@code whatsapp:+1...}, a chat id, a browser
 * session
 * @param messageId the provider's id of the message, unique within the channel: a second delivery with
 * the same id is not processed again
 */
public record InboundMessage(Channel channel, String sender, String messageId, String text) {

	/** Names the channel and message id only: sender and text never reach a log. */
	@Override
	public String toString() {
		return "InboundMessage[channel=" + this.channel + ", messageId=" + this.messageId + "]";
	}

}
