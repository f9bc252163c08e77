package org.rightsline.inbox;

import java.time.Instant;

/** A staff member's account. The password is only ever held as its hash. */
record StaffAccount(String id, String username, String displayName, String email, String passwordHash, StaffRole role,
		boolean enabled, int failedLogins, Instant lockedUntil, int credentialsVersion) {

	public boolean lockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	@Override
	public String toString() {
		return "StaffAccount[id=" + this.id + ", role=" + this.role + "]";
	}

}
