package org.rightsline.conversation;

import org.rightsline.delivery.Channel;

/**
 * A message from a person, whatever the channel it came by.
 *
 * @param sender the address to answer: a phone number, {@code whatsapp:+1...}, a chat id,
 * a browser session
 * @param messageId the provider's id of the message, unique within the channel: a second
 * delivery with the same id is not processed again
 * @param attachments how many pictures, voice notes or files came with it (only text is
 * understood)
 * @param choice the value of a button the person pressed
 * ({@link org.rightsline.delivery.Choice}), or null for a typed message
 * @param serviceAddress the address the person wrote to (the Twilio number, or null where
 * the channel has one address only): replies leave from it
 */
public record InboundMessage(Channel channel, String sender, String messageId, String text, int attachments,
		String choice, String serviceAddress) {

	public InboundMessage(Channel channel, String sender, String messageId, String text) {
		this(channel, sender, messageId, text, 0, null, null);
	}

	public InboundMessage(Channel channel, String sender, String messageId, String text, int attachments) {
		this(channel, sender, messageId, text, attachments, null, null);
	}

	/** A button pressed: its value, and its label as the text. */
	public static InboundMessage choice(Channel channel, String sender, String messageId, String value) {
		return new InboundMessage(channel, sender, messageId, "", 0, value, null);
	}

	/** The same message, written to the given address. */
	public InboundMessage to(String address) {
		return new InboundMessage(this.channel, this.sender, this.messageId, this.text, this.attachments, this.choice,
				(address == null || address.isBlank()) ? null : address.strip());
	}

	/** Names the channel and message id only: sender and text never reach a log. */
	@Override
	public String toString() {
		return "InboundMessage[channel=" + this.channel + ", messageId=" + this.messageId + "]";
	}

}
