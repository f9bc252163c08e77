/**
 * The outbox: every message that leaves outside a webhook's own response is stored first,
 * then sent by a worker through the {@link org.rightsline.delivery.MessageSender} of its
 * channel, retried with back-off when the provider fails, and marked failed with the
 * reason when it cannot be delivered.
 */
package org.rightsline.delivery;
