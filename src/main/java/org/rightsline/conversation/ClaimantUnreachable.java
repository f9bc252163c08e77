package org.rightsline.conversation;

/** Nothing can be sent to the person: they opted out (STOP), or blocked the bot. */
public class ClaimantUnreachable extends RuntimeException {

	private final boolean optedOut;

	public ClaimantUnreachable(boolean optedOut) {
		super(optedOut ? "the person opted out" : "the person cannot be reached on their channel");
		this.optedOut = optedOut;
	}

	public boolean optedOut() {
		return this.optedOut;
	}

}
