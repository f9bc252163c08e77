package org.rightsline.delivery;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the outbox is worked.
 *
 * @param pollInterval how often the worker looks for due messages (a commit also wakes it
 * at once)
 * @param lease how long a claimed message is held by the worker that claimed it; a worker
 * that dies lets it go after this
 * @param firstRetry the wait before the first retry; each further retry waits twice as
 * long
 * @param maxRetryWait the longest wait between two attempts
 * @param giveUpAfter how long after it was queued a message still failing is marked
 * failed
 * @param batchSize how many due messages one pass claims
 * @param enabled whether this instance works the outbox at all (an instance that only
 * answers webhooks may leave sending to others)
 */
@ConfigurationProperties("rightsline.delivery")
@Validated
public record DeliveryProperties(@DefaultValue("5s") @NotNull Duration pollInterval,
		@DefaultValue("60s") @NotNull Duration lease, @DefaultValue("5s") @NotNull Duration firstRetry,
		@DefaultValue("15m") @NotNull Duration maxRetryWait, @DefaultValue("24h") @NotNull Duration giveUpAfter,
		@DefaultValue("20") @Min(1) int batchSize, @DefaultValue("true") boolean enabled) {
}
