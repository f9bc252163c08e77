package org.rightsline.delivery;

import java.util.Set;

/**
 * Sends one message through a provider. Implemented by each channel; the delivery worker
 * never knows which provider it talks to. Implementations never throw for a provider's
 * answer: they say what it means as a {@link SendResult}.
 */
public interface MessageSender {

	/** The channels this sender delivers on. */
	Set<Channel> channels();

	SendResult send(OutboundMessage message);

}
