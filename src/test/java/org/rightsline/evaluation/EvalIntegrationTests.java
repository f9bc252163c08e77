package org.rightsline.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.rightsline.RightslineApplication;
import org.rightsline.system.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds the answering quality on {@code eval/dev.tsv} above its floors, so that a change
 * to content, analysis or thresholds that makes it worse fails the build. It runs the
 * command as the README says, {@code eval FILE}, in the application context a command
 * gets.
 */
class EvalIntegrationTests {

	@Test
	void keepsAccuracyAndSafetyAboveTheirFloors() throws Exception {
		JsonNode figures = run("eval/dev.tsv");

		assertThat(figures.get("n").asInt()).isEqualTo(176);
		assertThat(figures.get("accuracy").asDouble()).isGreaterThanOrEqualTo(0.90);
		assertThat(figures.get("wrong_answer_rate").asDouble()).isLessThanOrEqualTo(0.03);
		assertThat(figures.get("emergency_recall").asDouble()).isEqualTo(1.0);
		for (String lang : new String[] { "en", "fr", "es" }) {
			assertThat(figures.get("by_lang").get(lang).get("accuracy").asDouble()).as(lang)
				.isGreaterThanOrEqualTo(0.85);
		}
	}

	private JsonNode run(String file) throws Exception {
		PrintStream original = System.out;
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		System.setOut(new PrintStream(output, true, StandardCharsets.UTF_8));
		try {
			assertThat(CommandLine.run(RightslineApplication.class, new String[] { "eval", file })).isZero();
		}
		finally {
			System.setOut(original);
		}
		String[] lines = output.toString(StandardCharsets.UTF_8).strip().split("\n");
		String last = lines[lines.length - 1];
		assertThat(last).startsWith("EVAL {");
		return JsonMapper.builder().build().readTree(last.substring("EVAL ".length()));
	}

}
