package org.rightsline.inbox;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Slows failed logins per source address: after {@code failuresPerAddress} failures
 * within {@code lockFor}, logins from that address are refused until the window passes.
 * The limit is below the account's own lock, so one address cannot lock an admin out by
 * guessing. Each instance counts for itself (a few more guesses behind a load balancer,
 * never fewer), and at most 100,000 addresses are remembered.
 */
@Component
class LoginThrottle {

	private final Cache<String, AtomicInteger> failures;

	private final int limit;

	LoginThrottle(InboxProperties properties) {
		this.limit = properties.failuresPerAddress();
		this.failures = Caffeine.newBuilder().expireAfterWrite(properties.lockFor()).maximumSize(100_000).build();
	}

	void failed(String address) {
		if (address != null) {
			this.failures.get(address, (key) -> new AtomicInteger()).incrementAndGet();
		}
	}

	boolean throttled(String address) {
		AtomicInteger count = this.failures.getIfPresent(address);
		return count != null && count.get() >= this.limit;
	}

	/** The address of the request being handled (the proxy's client, behind one). */
	static Optional<String> currentAddress() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? Optional.of(attributes.getRequest().getRemoteAddr()) : Optional.empty();
	}

}
