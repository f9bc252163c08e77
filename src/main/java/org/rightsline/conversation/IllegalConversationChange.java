package org.rightsline.conversation;

/**
 * A staff action that the conversation's state does not allow (resolving a resolved
 * thread...).
 */
public class IllegalConversationChange extends RuntimeException {

	public IllegalConversationChange(String message) {
		super(message);
	}

}
