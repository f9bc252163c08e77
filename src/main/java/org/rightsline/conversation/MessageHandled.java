package org.rightsline.conversation;

import java.time.Duration;

import org.rightsline.delivery.Channel;

/**
 * An inbound message was handled (not a repeated delivery): its channel, its fate, how
 * long it took.
 */
public record MessageHandled(Channel channel, Outcome outcome, Duration took) {
}
