package org.rightsline.conversation;

/** No conversation has this id (a mistyped or guessed URL). */
public class ConversationNotFound extends RuntimeException {

	public ConversationNotFound(String id) {
		super("no conversation " + id);
	}

}
