package org.rightsline.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One labelled question: its language, the expected entry id (or ESCALATE, EMERGENCY),
 * the text, and, in a file split once into a part to tune on and a part only measured,
 * which part it belongs to.
 */
record EvalCase(String lang, String expected, String question, Optional<String> split) {

	static final String ESCALATE = "ESCALATE";

	static final String EMERGENCY = "EMERGENCY";

	/**
	 * Reads {@code lang, expected, question} and an optional fourth column,
	 * {@code split}.
	 */
	static List<EvalCase> read(List<String> lines) {
		List<EvalCase> cases = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.isBlank() || i == 0 && line.startsWith("lang\t")) {
				continue;
			}
			String[] fields = line.split("\t", -1);
			if (fields.length != 3 && fields.length != 4) {
				throw new IllegalArgumentException("line " + (i + 1)
						+ ": expected lang, expected, question (and optionally split), separated by tabs");
			}
			Optional<String> split = (fields.length == 4) ? Optional.of(fields[3].strip()) : Optional.empty();
			cases.add(new EvalCase(fields[0].strip(), fields[1].strip(), fields[2].strip(), split));
		}
		return cases;
	}

	boolean expectsEntry() {
		return !ESCALATE.equals(this.expected) && !EMERGENCY.equals(this.expected);
	}

	boolean expectsEmergency() {
		return EMERGENCY.equals(this.expected);
	}

}
