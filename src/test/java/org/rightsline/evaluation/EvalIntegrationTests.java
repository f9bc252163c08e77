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
 * Holds the answering quality above its floors, so that a change to content, analysis,
 * emergency concepts or thresholds that makes it worse fails the build. It runs the
 * command as the README says, {@code eval FILE}, in the application context a command
 * gets.
 * <p>
 * The floors on the files nobody tunes on ({@code eval/check.tsv}, the measured part of
 * {@code eval/emergency.tsv}) are today's figures, not yet issue #11's targets (accuracy
 * 0.90, wrong answers 2 %, every emergency caught; emergency recall 0.99 with at most 3 %
 * flagged): they only stop a change from making things worse. {@code check.tsv} fell when
 * the FAQ grew to 32 entries and every file was rewritten (0.884 to 0.84), and rose to
 * 0.89 with the regression as second reader, more questions and the clarifying question
 * when the readings disagree but close; the README says so. {@code dev.tsv} (881
 * questions since it grew) is held at 2 % wrong answers, the rule its threshold was set
 * by, and at the accuracy that leaves. Raise them as the figures rise.
 */
class EvalIntegrationTests {

	private static final String[] LANGUAGES = { "en", "fr", "es" };

	@Test
	void keepsTheTuningQuestionsAboveTheirFloors() throws Exception {
		JsonNode figures = run("eval/dev.tsv");

		assertThat(figures.get("n").asInt()).isEqualTo(881);
		assertThat(figures.get("accuracy").asDouble()).isGreaterThanOrEqualTo(0.91);
		assertThat(figures.get("wrong_answer_rate").asDouble()).isLessThanOrEqualTo(0.02);
		assertThat(figures.get("emergency_recall").asDouble()).isEqualTo(1.0);
		assertThat(figures.get("clarify_rate").asDouble()).isLessThanOrEqualTo(0.10);
		assertEveryLanguage(figures, "accuracy", 0.85);
	}

	@Test
	void keepsTheQuestionsNobodyTunedOnAboveTheirFloors() throws Exception {
		JsonNode figures = run("eval/check.tsv");

		assertThat(figures.get("n").asInt()).isGreaterThanOrEqualTo(800);
		assertThat(figures.get("accuracy").asDouble()).isGreaterThanOrEqualTo(0.87);
		assertThat(figures.get("wrong_answer_rate").asDouble()).isLessThanOrEqualTo(0.04);
		assertThat(figures.get("emergency_recall").asDouble()).isGreaterThanOrEqualTo(0.98);
		assertThat(figures.get("clarify_rate").asDouble()).isLessThanOrEqualTo(0.10);
		assertEveryLanguage(figures, "accuracy", 0.80);
	}

	@Test
	void keepsTheMeasuredEmergenciesAboveTheirFloors() throws Exception {
		JsonNode figures = run("eval/emergency.tsv", "--split", "measure");

		assertThat(figures.get("n").asInt()).isGreaterThanOrEqualTo(900);
		assertThat(figures.get("emergency_recall").asDouble()).isGreaterThanOrEqualTo(0.95);
		assertThat(figures.get("false_emergency_rate").asDouble()).isLessThanOrEqualTo(0.03);
		assertEveryLanguage(figures, "emergency_recall", 0.95);
	}

	private static void assertEveryLanguage(JsonNode figures, String figure, double floor) {
		for (String lang : LANGUAGES) {
			assertThat(figures.get("by_lang").get(lang).get(figure).asDouble()).as(lang + " " + figure)
				.isGreaterThanOrEqualTo(floor);
		}
	}

	private JsonNode run(String... args) throws Exception {
		PrintStream original = System.out;
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		System.setOut(new PrintStream(output, true, StandardCharsets.UTF_8));
		try {
			String[] command = new String[args.length + 1];
			command[0] = "eval";
			System.arraycopy(args, 0, command, 1, args.length);
			assertThat(CommandLine.run(RightslineApplication.class, command)).isZero();
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
