package org.rightsline.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Webhook requests refused as forged: counted for Prometheus
 * ({@code rightsline_webhooks_refused_total}, by channel and reason), and logged at once
 * the first time, then at most once a minute with the number since. A flood of forged
 * requests costs a 403 each (the webhook load benchmark measures it), never a log line
 * each.
 */
@Component
public class WebhookRefusals {

	private static final Logger log = LoggerFactory.getLogger(WebhookRefusals.class);

	private static final Duration REPORT_EVERY = Duration.ofMinutes(1);

	private final MeterRegistry registry;

	private final Clock clock;

	private final Map<String, Unreported> unreported = new ConcurrentHashMap<>();

	WebhookRefusals(MeterRegistry registry, Clock clock) {
		this.registry = registry;
		this.clock = clock;
	}

	/**
	 * @param channel the webhook, as in the metric's tag ({@code twilio},
	 * {@code telegram})
	 * @param reason why, as in the metric's tag ({@code signature}, {@code account},
	 * {@code secret})
	 */
	public void refused(String channel, String reason) {
		this.registry.counter("rightsline.webhooks.refused", "channel", channel, "reason", reason).increment();
		Unreported since = this.unreported.computeIfAbsent(channel + "/" + reason, (key) -> new Unreported());
		since.count.incrementAndGet();
		Instant now = this.clock.instant();
		Instant last = since.reportedAt.get();
		if ((last == null || !now.isBefore(last.plus(REPORT_EVERY))) && since.reportedAt.compareAndSet(last, now)) {
			log.warn("Refused {} {} webhook request(s) ({}) since the last report", since.count.getAndSet(0), channel,
					reason);
		}
	}

	private static final class Unreported {

		private final AtomicLong count = new AtomicLong();

		private final AtomicReference<Instant> reportedAt = new AtomicReference<>();

	}

}
