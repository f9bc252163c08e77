package org.rightsline.delivery;

/**
 * A provider said the person can no longer be reached on their channel (they blocked the
 * bot, or opted out at the carrier): staff must see it, and nothing more is queued for
 * them.
 */
public record ContactUnreachable(String conversationId, Channel channel, String code) {
}
