package org.rightsline.evaluation;

import org.rightsline.conversation.Reply;

/** A question and the label the conversation core gave it. */
record EvalResult(EvalCase evalCase, String actual) {

	/**
	 * The entry id answered, or what else happened (ESCALATE, EMERGENCY, KEYWORD,
	 * SILENT).
	 */
	static String labelOf(Reply reply) {
		return switch (reply.outcome()) {
			case ANSWERED -> reply.entryId().orElseThrow();
			case ESCALATED -> EvalCase.ESCALATE;
			case EMERGENCY -> EvalCase.EMERGENCY;
			case KEYWORD, SILENT -> reply.outcome().name();
		};
	}

	boolean correct() {
		return this.actual.equals(this.evalCase.expected());
	}

	/**
	 * Answered with an entry, but not the right one: the worst outcome for the person.
	 */
	boolean wrongAnswer() {
		return !correct() && !this.actual.equals(EvalCase.ESCALATE) && !this.actual.equals(EvalCase.EMERGENCY)
				&& !this.actual.equals("KEYWORD") && !this.actual.equals("SILENT");
	}

}
