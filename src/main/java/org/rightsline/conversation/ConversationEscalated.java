package org.rightsline.conversation;

import org.rightsline.content.Language;
import org.rightsline.delivery.Channel;

/**
 * A message was handed to staff; {@code urgent} when it is an emergency. Carries no text
 * or contact.
 */
public record ConversationEscalated(String conversationId, Channel channel, Language language, boolean urgent) {
}
