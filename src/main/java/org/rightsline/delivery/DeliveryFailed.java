package org.rightsline.delivery;

/** A message could not be delivered, for good: the provider's code or our own reason. */
public record DeliveryFailed(Channel channel, String code) {
}
