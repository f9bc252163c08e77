package org.rightsline.inbox;

/**
 * What the list shows: a tab (open, waiting on the claimant, resolved) and optional
 * filters.
 *
 * @param assignee {@code me}, {@code none}, or empty for everyone
 * @param search words to find in the thread's messages
 * @param page the page of the list, from 0: urgent threads come first on the first
 */
record ThreadFilter(String tab, String channel, String language, String assignee, String search, Integer page) {

	static final String OPEN = "open";

	static final String WAITING = "waiting";

	static final String RESOLVED = "resolved";

	ThreadFilter {
		tab = (WAITING.equals(tab) || RESOLVED.equals(tab)) ? tab : OPEN;
		channel = blankToNull(channel);
		language = blankToNull(language);
		assignee = blankToNull(assignee);
		search = blankToNull(search);
		page = (page == null || page < 0) ? 0 : page;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
