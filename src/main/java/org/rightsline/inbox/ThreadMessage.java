package org.rightsline.inbox;

import java.time.Instant;

/**
 * One line of a thread: a claimant's message, a bot answer (with its entry), a staff
 * reply (with its author and delivery), or an internal note.
 */
record ThreadMessage(String kind, String body, Instant at, String entryId, String outcome, String author,
		String deliveryStatus, String deliveryError) {

	public boolean fromClaimant() {
		return "CLAIMANT".equals(this.kind);
	}

	public boolean fromBot() {
		return "BOT".equals(this.kind);
	}

	public boolean fromStaff() {
		return "STAFF".equals(this.kind);
	}

	public boolean note() {
		return "NOTE".equals(this.kind);
	}

}
