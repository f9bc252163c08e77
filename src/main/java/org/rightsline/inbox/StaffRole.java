package org.rightsline.inbox;

/**
 * What a staff member may do: every STAFF answers threads; an ADMIN also manages
 * accounts.
 */
public enum StaffRole {

	STAFF, ADMIN

}
