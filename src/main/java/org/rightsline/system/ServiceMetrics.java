package org.rightsline.system;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.rightsline.conversation.MessageHandled;
import org.rightsline.delivery.DeliveryFailed;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What operators watch, at {@code /actuator/prometheus}: messages in by channel,
 * decisions by kind, handling time, open and urgent threads, the outbox's depth and
 * oldest age, and delivery failures by reason. Counts only: no text, number or id ever
 * becomes a label.
 */
@Component
class ServiceMetrics implements MeterBinder {

	private final JdbcClient jdbc;

	private final Clock clock;

	private MeterRegistry registry;

	ServiceMetrics(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		this.registry = registry;
		// Read from the database at each scrape, so that every instance reports the
		// shared truth.
		Gauge.builder("rightsline.threads.open", () -> count(
				"select count(*) from conversation where state = 'WAITING' or (state = 'STAFF' and claimant_waiting_since is not null)"))
			.register(registry);
		Gauge
			.builder("rightsline.threads.urgent",
					() -> count("select count(*) from conversation where urgent = true and state <> 'CLOSED'"))
			.register(registry);
		Gauge
			.builder("rightsline.outbox.depth",
					() -> count("select count(*) from outbound_message where status = 'QUEUED'"))
			.register(registry);
		Gauge.builder("rightsline.outbox.oldest.age", this::oldestQueuedSeconds).baseUnit("seconds").register(registry);
	}

	@EventListener
	void on(MessageHandled handled) {
		if (this.registry == null) {
			return;
		}
		this.registry.counter("rightsline.messages.in", "channel", handled.channel().name()).increment();
		this.registry.counter("rightsline.decisions", "outcome", handled.outcome().name()).increment();
		Timer.builder("rightsline.answer.latency")
			.publishPercentiles(0.5, 0.99)
			.register(this.registry)
			.record(handled.took());
	}

	@EventListener
	void on(DeliveryFailed failed) {
		if (this.registry != null) {
			this.registry
				.counter("rightsline.delivery.failures", "channel", failed.channel().name(), "reason", failed.code())
				.increment();
		}
	}

	private double count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private double oldestQueuedSeconds() {
		Timestamp oldest = this.jdbc.sql("select min(created_at) from outbound_message where status = 'QUEUED'")
			.query(Timestamp.class)
			.optional()
			.orElse(null);
		return (oldest == null) ? 0 : Duration.between(oldest.toInstant(), this.clock.instant()).toSeconds();
	}

}
