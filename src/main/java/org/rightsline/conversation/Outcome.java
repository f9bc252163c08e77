package org.rightsline.conversation;

/** What became of an inbound message. */
public enum Outcome {

	/** Answered from an FAQ entry. */
	ANSWERED,
	/**
	 * Two or three entries were close: the person is asked which one they meant, or to
	 * ask for a person.
	 */
	CLARIFY,
	/** Handed to staff, with a message saying when they will answer. */
	ESCALATED,
	/** Emergency numbers sent, and the thread marked urgent for staff. */
	EMERGENCY,
	/** A keyword (menu, help, language) or a greeting, answered without the FAQ. */
	KEYWORD,
	/**
	 * Staff own the conversation: the message joins the thread and the bot stays silent.
	 */
	SILENT

}
