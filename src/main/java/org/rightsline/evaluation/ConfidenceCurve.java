package org.rightsline.evaluation;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.rightsline.answer.AnswerDecider;
import org.rightsline.answer.AnswerDecider.ScoredMatch;
import org.rightsline.answer.LanguageGuesser;
import org.rightsline.content.Language;

import org.springframework.stereotype.Component;

/**
 * The curve the answer threshold is set from: for each confidence threshold, the share of
 * the questions that would be answered, and the share that would be answered with a wrong
 * entry (a question for staff answered counts as wrong). Emergencies are left out: they
 * never reach the FAQ. {@code rightsline.answer.answer-at} is the lowest threshold whose
 * wrong share on the tuning file ({@code eval/dev.tsv}) is at most 2 %.
 */
@Component
class ConfidenceCurve {

	private static final double[] THRESHOLDS = { 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.75, 2.0, 2.5,
			3.0 };

	private final AnswerDecider decider;

	private final LanguageGuesser languages;

	ConfidenceCurve(AnswerDecider decider, LanguageGuesser languages) {
		this.decider = decider;
		this.languages = languages;
	}

	void print(List<EvalCase> cases, PrintStream out) {
		List<Point> points = cases.stream().filter((c) -> !c.expectsEmergency()).map(this::point).toList();
		if (points.isEmpty()) {
			return;
		}
		out.println("CURVE threshold answered wrong (of " + points.size() + " questions that are not emergencies)");
		for (double threshold : THRESHOLDS) {
			long answered = points.stream().filter((p) -> p.answeredAt(threshold)).count();
			long wrong = points.stream().filter((p) -> p.answeredAt(threshold) && !p.right()).count();
			out.println(String.format(Locale.ROOT, "CURVE %9.2f %8.3f %5.3f", threshold,
					(double) answered / points.size(), (double) wrong / points.size()));
		}
	}

	private Point point(EvalCase evalCase) {
		Language language = this.languages.guess(evalCase.question()).orElse(Language.EN);
		Optional<ScoredMatch> closest = this.decider.closest(evalCase.question(), language);
		return closest.map((scored) -> new Point(scored.confidence(), scored.entryId().equals(evalCase.expected())))
			.orElse(new Point(0, false));
	}

	/**
	 * One question: how sure the core is of its closest entry, and whether it is right.
	 */
	private record Point(double confidence, boolean right) {

		boolean answeredAt(double threshold) {
			return this.confidence > 0 && this.confidence >= threshold;
		}

	}

}
