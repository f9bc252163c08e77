package org.rightsline.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * {@code eval FILE}: runs every question of a TSV file ({@code lang}, {@code expected},
 * {@code question}) through the conversation core exactly as a message from a new person,
 * prints the misses grouped by expected label, and ends with one line {@code EVAL {...}}
 * of figures.
 */
@Component("eval")
class EvalCommand implements CommandLine.Command {

	private final Triage triage;

	EvalCommand(Triage triage) {
		this.triage = triage;
	}

	@Override
	public int run(String... args) throws IOException {
		if (args.length != 1) {
			System.err.println("usage: eval FILE   (a TSV file: lang, expected, question)");
			return 2;
		}
		List<EvalCase> cases = EvalCase.read(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8));
		List<EvalResult> results = new ArrayList<>();
		for (EvalCase evalCase : cases) {
			// Each question comes from a new person, so that no conversation state
			// carries over.
			Reply reply = this.triage.handle(new InboundMessage(Channel.WEB, "eval-" + UUID.randomUUID(),
					UUID.randomUUID().toString(), evalCase.question()));
			results.add(new EvalResult(evalCase, EvalResult.labelOf(reply)));
		}
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		printMisses(results, out);
		EvalFigures figures = EvalFigures.of(results);
		out.println("EVAL " + JsonMapper.builder().build().writeValueAsString(figures.asJson()));
		return 0;
	}

	private void printMisses(List<EvalResult> results, PrintStream out) {
		Map<String, List<EvalResult>> misses = new TreeMap<>();
		results.stream()
			.filter((r) -> !r.correct())
			.forEach((r) -> misses.computeIfAbsent(r.evalCase().expected(), (k) -> new ArrayList<>()).add(r));
		misses.forEach((expected, rows) -> {
			out.println(expected + " (" + rows.size() + " missed)");
			rows.forEach((r) -> out
				.println("  [" + r.evalCase().lang() + "] got " + r.actual() + ": " + r.evalCase().question()));
		});
		out.println(results.size() - misses.values().stream().mapToInt(List::size).sum() + " of " + results.size()
				+ " as expected");
	}

}
