package org.rightsline.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds. It claims due messages with a lease (so that two instances
 * never send the same one, and a message claimed by an instance that died is picked up
 * once the lease ends), sends each outside any transaction, and records the provider's
 * answer.
 * <p>
 * Retries wait {@code firstRetry}, then twice as long each time, up to
 * {@code maxRetryWait}, give or take a fifth at random so that many messages do not all
 * come back at the same second; a provider's own "retry after" is honoured when it asks
 * for longer. With the defaults:
 * <table>
 * <tr>
 * <th>attempt</th>
 * <th>waits about</th>
 * </tr>
 * <tr>
 * <td>1st retry</td>
 * <td>5 s</td>
 * </tr>
 * <tr>
 * <td>2nd</td>
 * <td>10 s</td>
 * </tr>
 * <tr>
 * <td>5th</td>
 * <td>80 s</td>
 * </tr>
 * <tr>
 * <td>9th and later</td>
 * <td>15 min</td>
 * </tr>
 * </table>
 * A message still failing {@code giveUpAfter} after it was queued is marked failed, with
 * the last reason, for staff to see.
 */
@Component
public class DeliveryWorker {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

	private final OutboxRepository messages;

	private final Map<Channel, MessageSender> senders;

	private final DeliveryProperties properties;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "delivery-worker");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean pending = new AtomicBoolean();

	DeliveryWorker(OutboxRepository messages, List<MessageSender> senders, DeliveryProperties properties,
			TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock) {
		this.messages = messages;
		this.senders = new EnumMap<>(Channel.class);
		senders.forEach((sender) -> sender.channels().forEach((channel) -> this.senders.put(channel, sender)));
		this.properties = properties;
		this.transaction = transaction;
		this.events = events;
		this.clock = clock;
	}

	/** Wakes the worker now rather than at the next poll: a message was just queued. */
	public void nudge() {
		if (this.properties.enabled() && this.pending.compareAndSet(false, true)) {
			this.executor.execute(() -> {
				this.pending.set(false);
				drain();
			});
		}
	}

	/** The safety net: due retries, and anything a nudge missed. */
	@Scheduled(fixedDelayString = "${rightsline.delivery.poll-interval:5s}",
			initialDelayString = "${rightsline.delivery.poll-interval:5s}")
	void poll() {
		nudge();
	}

	/** Sends every message due now, batch after batch. */
	public void drain() {
		List<OutboundMessage> batch;
		do {
			Instant now = this.clock.instant();
			batch = this.transaction.execute((status) -> this.messages.claimDue(now, now.plus(this.properties.lease()),
					this.properties.batchSize()));
			batch.forEach(this::deliver);
		}
		while (batch.size() == this.properties.batchSize());
	}

	private void deliver(OutboundMessage message) {
		MessageSender sender = this.senders.get(message.channel());
		SendResult result = (sender != null) ? send(sender, message)
				: new SendResult.Failed("no-sender", "No sender is configured for " + message.channel(), false);
		Instant now = this.clock.instant();
		if (result instanceof SendResult.Sent sent) {
			this.messages.markSent(message.id(), sent.providerMessageId(), now);
			log.info("{} sent", message);
		}
		else if (result instanceof SendResult.Retry retry) {
			retryOrGiveUp(message, retry, now);
		}
		else if (result instanceof SendResult.Failed failed) {
			this.messages.markFailed(message.id(), failed.code(), failed.reason(), now);
			log.warn("{} failed for good: {}", message, failed.code());
			this.events.publishEvent(new DeliveryFailed(message.channel(), failed.code()));
			if (failed.unreachable()) {
				this.events
					.publishEvent(new ContactUnreachable(message.conversationId(), message.channel(), failed.code()));
			}
		}
	}

	/**
	 * A sender that throws is a bug or an outage; either way the message is kept and
	 * retried.
	 */
	private SendResult send(MessageSender sender, OutboundMessage message) {
		try {
			return sender.send(message);
		}
		catch (RuntimeException ex) {
			return new SendResult.Retry(ex.getClass().getSimpleName(), Optional.empty());
		}
	}

	private void retryOrGiveUp(OutboundMessage message, SendResult.Retry retry, Instant now) {
		Instant queuedAt = this.messages.createdAt(message.id()).orElse(now);
		if (!now.isBefore(queuedAt.plus(this.properties.giveUpAfter()))) {
			this.events.publishEvent(new DeliveryFailed(message.channel(), "gave-up"));
			this.messages.markFailed(message.id(), "gave-up",
					"Gave up after " + (message.attempts() + 1) + " attempts; last: " + retry.reason(), now);
			log.warn("{} failed: gave up, last reason {}", message, retry.reason());
			return;
		}
		Duration wait = backoff(message.attempts());
		if (retry.after().isPresent() && retry.after().get().compareTo(wait) > 0) {
			wait = retry.after().get();
		}
		this.messages.scheduleRetry(message.id(), now.plus(wait), retry.reason(), now);
		log.info("{} will be retried in {} ({})", message, wait, retry.reason());
	}

	/**
	 * The wait before the retry after {@code attempts} failed attempts, with a fifth of
	 * jitter.
	 */
	Duration backoff(int attempts) {
		Duration wait = this.properties.firstRetry();
		for (int i = 0; i < attempts && wait.compareTo(this.properties.maxRetryWait()) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		if (wait.compareTo(this.properties.maxRetryWait()) > 0) {
			wait = this.properties.maxRetryWait();
		}
		double jitter = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
		return Duration.ofMillis((long) (wait.toMillis() * jitter));
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

}
