package org.rightsline.evaluation;

import java.util.List;

/**
 * A question and the decision the conversation core gave it: an entry id, ESCALATE,
 * EMERGENCY, CLARIFY (with the entries it offered), KEYWORD or SILENT.
 */
record EvalResult(EvalCase evalCase, String decision, List<String> options) {

	static final String CLARIFY = "CLARIFY";

	private static final List<String> NOT_AN_ANSWER = List.of(EvalCase.ESCALATE, EvalCase.EMERGENCY, CLARIFY, "KEYWORD",
			"SILENT");

	/**
	 * Right when the decision is the expected label, or when a clarification offers the
	 * expected entry among its options.
	 */
	boolean correct() {
		if (clarified()) {
			return this.evalCase.expectsEntry() && this.options.contains(this.evalCase.expected());
		}
		return this.decision.equals(this.evalCase.expected());
	}

	boolean clarified() {
		return this.decision.equals(CLARIFY);
	}

	boolean flaggedEmergency() {
		return this.decision.equals(EvalCase.EMERGENCY);
	}

	/**
	 * The worst outcomes for the person: an answer with a wrong entry, or a question put
	 * back to someone in an emergency.
	 */
	boolean wrongAnswer() {
		if (clarified()) {
			return this.evalCase.expectsEmergency();
		}
		return !correct() && !NOT_AN_ANSWER.contains(this.decision);
	}

}
