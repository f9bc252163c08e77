package org.rightsline.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * One labelled question: its language, the expected entry id (or ESCALATE, EMERGENCY),
 * the text.
 */
record EvalCase(String lang, String expected, String question) {

	static final String ESCALATE = "ESCALATE";

	static final String EMERGENCY = "EMERGENCY";

	static List<EvalCase> read(List<String> lines) {
		List<EvalCase> cases = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.isBlank() || i == 0 && line.startsWith("lang\t")) {
				continue;
			}
			String[] fields = line.split("\t", 3);
			if (fields.length != 3) {
				throw new IllegalArgumentException(
						"line " + (i + 1) + ": expected lang, expected and question, separated by tabs");
			}
			cases.add(new EvalCase(fields[0].strip(), fields[1].strip(), fields[2].strip()));
		}
		return cases;
	}

	boolean expectsEntry() {
		return !ESCALATE.equals(this.expected) && !EMERGENCY.equals(this.expected);
	}

}
