package org.rightsline.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.rightsline.conversation.InboundMessage;
import org.rightsline.conversation.Reply;
import org.rightsline.conversation.Triage;
import org.rightsline.delivery.Channel;
import org.rightsline.system.CommandLine;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * {@code eval FILE [--split PART] [--rows OUT.tsv]}: runs every question of a TSV file
 * ({@code lang}, {@code expected}, {@code question}, and optionally {@code split})
 * through the conversation core exactly as a message from a new person, prints the misses
 * grouped by expected label and the curve of answered against wrong shares that the
 * confidence threshold is set from ({@code CURVE} lines), and ends with one line
 * {@code EVAL {...}} of figures.
 * <p>
 * {@code eval --folds K [--rows OUT.tsv]}: leaves a K-th of each entry's own
 * {@code questions}, and of the subjects outside the FAQ, out of the index in turn and
 * asks them ({@link FoldEvaluation}).
 */
@Component("eval")
class EvalCommand implements CommandLine.Command {

	private static final String USAGE = """
			usage: eval FILE [--split PART] [--rows OUT.tsv]
			       eval --folds K [--rows OUT.tsv]
			  FILE   a TSV file: lang, expected, question (and optionally split)""";

	private final Triage triage;

	private final ConfidenceCurve curve;

	private final FoldEvaluation folds;

	EvalCommand(Triage triage, ConfidenceCurve curve, FoldEvaluation folds) {
		this.triage = triage;
		this.curve = curve;
		this.folds = folds;
	}

	@Override
	public int run(String... args) throws IOException {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		if ((args.length == 2 || args.length == 4) && args[0].equals("--folds")) {
			List<EvalResult> results = this.folds.run(Integer.parseInt(args[1]));
			Optional<String> rows = option(args, "--rows", 2);
			if (rows.isPresent()) {
				writeRows(results, Path.of(rows.get()));
			}
			printMisses(results, out);
			printFigures(results, out);
			return 0;
		}
		if (args.length == 0 || args[0].startsWith("--") || args.length % 2 == 0) {
			System.err.println(USAGE);
			return 2;
		}
		Optional<String> split = option(args, "--split", 1);
		Optional<String> rows = option(args, "--rows", 1);
		List<EvalCase> cases = EvalCase.read(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8))
			.stream()
			.filter((c) -> split.isEmpty() || c.split().equals(split))
			.toList();
		List<EvalResult> results = new ArrayList<>();
		for (EvalCase evalCase : cases) {
			// Each question comes from a new person, so that no conversation state
			// carries over.
			Reply reply = this.triage.handle(new InboundMessage(Channel.WEB, "eval-" + UUID.randomUUID(),
					UUID.randomUUID().toString(), evalCase.question()));
			results.add(new EvalResult(evalCase, decisionOf(reply), reply.offeredEntries()));
		}
		if (rows.isPresent()) {
			writeRows(results, Path.of(rows.get()));
		}
		printMisses(results, out);
		this.curve.print(cases, out);
		printFigures(results, out);
		return 0;
	}

	private static Optional<String> option(String[] args, String name, int from) {
		for (int i = from; i + 1 < args.length; i += 2) {
			if (args[i].equals(name)) {
				return Optional.of(args[i + 1]);
			}
		}
		return Optional.empty();
	}

	/**
	 * The entry id answered, or what else happened (ESCALATE, EMERGENCY, CLARIFY,
	 * KEYWORD, SILENT).
	 */
	private static String decisionOf(Reply reply) {
		return switch (reply.outcome()) {
			case ANSWERED -> reply.entryId().orElseThrow();
			case ESCALATED -> EvalCase.ESCALATE;
			case EMERGENCY -> EvalCase.EMERGENCY;
			case CLARIFY -> EvalResult.CLARIFY;
			case KEYWORD, SILENT -> reply.outcome().name();
		};
	}

	private static void writeRows(List<EvalResult> results, Path file) throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add("lang\texpected\tdecision\toptions\tquestion");
		for (EvalResult r : results) {
			lines.add(String.join("\t", r.evalCase().lang(), r.evalCase().expected(), r.decision(),
					String.join(",", r.options()), r.evalCase().question()));
		}
		Files.write(file, lines, StandardCharsets.UTF_8);
	}

	private static void printMisses(List<EvalResult> results, PrintStream out) {
		Map<String, List<EvalResult>> misses = new TreeMap<>();
		results.stream()
			.filter((r) -> !r.correct())
			.forEach((r) -> misses.computeIfAbsent(r.evalCase().expected(), (k) -> new ArrayList<>()).add(r));
		misses.forEach((expected, rows) -> {
			out.println(expected + " (" + rows.size() + " missed)");
			rows.forEach((r) -> out.println("  [" + r.evalCase().lang() + "] got " + r.decision()
					+ (r.clarified() ? " " + r.options() : "") + ": " + r.evalCase().question()));
		});
		out.println(results.size() - misses.values().stream().mapToInt(List::size).sum() + " of " + results.size()
				+ " as expected");
	}

	private static void printFigures(List<EvalResult> results, PrintStream out) {
		EvalFigures figures = EvalFigures.of(results);
		out.println("EVAL " + JsonMapper.builder().build().writeValueAsString(figures.asJson()));
	}

}
