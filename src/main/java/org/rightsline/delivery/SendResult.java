package org.rightsline.delivery;

import java.time.Duration;
import java.util.Optional;

/** What a provider answered to one attempt to send. */
public sealed interface SendResult {

	/** Accepted; the provider's id lets its status reports find the message. */
	record Sent(String providerMessageId) implements SendResult {
	}

	/**
	 * Not now (a 5xx, a time-out, a rate limit): try again later.
	 *
	 * @param after how long the provider asked to wait, if it said
	 */
	record Retry(String reason, Optional<Duration> after) implements SendResult {
	}

	/**
	 * Never: the person blocked the bot, opted out, or is outside a window the provider
	 * enforces.
	 *
	 * @param unreachable whether the contact itself cannot be reached any more (not just
	 * this message)
	 */
	record Failed(String code, String reason, boolean unreachable) implements SendResult {
	}

}
