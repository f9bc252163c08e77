package org.rightsline.inbox;

import java.time.Instant;

/** A thread as the list shows it. */
record ThreadSummary(String id, String channel, String contact, String language, String state, boolean urgent,
		boolean late, Instant waitingSince, Instant updatedAt, String assignee, boolean optedOut, boolean unreachable,
		String lastMessage) {
}
