package org.rightsline.answer;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether the FAQ index is loaded: part of readiness, so that a load balancer sends no
 * message to an instance that cannot answer yet.
 */
@Component("faq")
class FaqHealth implements HealthIndicator {

	private final FaqLibrary library;

	FaqHealth(FaqLibrary library) {
		this.library = library;
	}

	@Override
	public Health health() {
		FaqLibrary.Snapshot snapshot = this.library.current();
		if (snapshot == null || snapshot.content().entries().isEmpty()) {
			return Health.down().build();
		}
		return Health.up().withDetail("entries", snapshot.content().entries().size()).build();
	}

}
