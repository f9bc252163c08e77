package org.rightsline.delivery;

import java.time.Clock;

import org.springframework.stereotype.Service;

/**
 * Records what providers later report about messages they accepted (delivered, failed).
 */
@Service
public class DeliveryReports {

	private final OutboxRepository messages;

	private final Clock clock;

	DeliveryReports(OutboxRepository messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * @return whether a message with that provider id was found and moved forward
	 */
	public boolean record(String providerMessageId, DeliveryStatus status, String code, String reason) {
		return this.messages.recordProviderStatus(providerMessageId, status, code, reason, this.clock.instant()) > 0;
	}

}
