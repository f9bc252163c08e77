package org.rightsline.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The figures of an evaluation run, overall and per language. */
record EvalFigures(int n, double accuracy, double inScopeTop1, double wrongAnswerRate, double escalateRecall,
		double emergencyRecall, double clarifyRate, double falseEmergencyRate, Map<String, EvalFigures> byLang) {

	static EvalFigures of(List<EvalResult> results) {
		Map<String, EvalFigures> byLang = new TreeMap<>();
		results.stream()
			.collect(Collectors.groupingBy((r) -> r.evalCase().lang()))
			.forEach((lang, rows) -> byLang.put(lang, figures(rows, Map.of())));
		return figures(results, byLang);
	}

	private static EvalFigures figures(List<EvalResult> rows, Map<String, EvalFigures> byLang) {
		return new EvalFigures(rows.size(), share(rows, (r) -> true, EvalResult::correct),
				share(rows, (r) -> r.evalCase().expectsEntry(), EvalResult::correct),
				share(rows, (r) -> true, EvalResult::wrongAnswer),
				share(rows, (r) -> r.evalCase().expected().equals(EvalCase.ESCALATE), EvalResult::correct),
				share(rows, (r) -> r.evalCase().expectsEmergency(), EvalResult::correct),
				share(rows, (r) -> true, EvalResult::clarified),
				// Flagged non-emergencies, as the complement so that no such row reads 0.
				Math.round(1000
						* (1.0 - share(rows, (r) -> !r.evalCase().expectsEmergency(), (r) -> !r.flaggedEmergency())))
						/ 1000.0,
				byLang);
	}

	/**
	 * The share of the rows in scope that pass; 1.0 when no row is in scope (nothing was
	 * missed).
	 */
	private static double share(List<EvalResult> rows, Predicate<EvalResult> inScope, Predicate<EvalResult> passes) {
		List<EvalResult> scoped = rows.stream().filter(inScope).toList();
		if (scoped.isEmpty()) {
			return 1.0;
		}
		return Math.round(1000.0 * scoped.stream().filter(passes).count() / scoped.size()) / 1000.0;
	}

	Map<String, Object> asJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("n", this.n);
		json.put("accuracy", this.accuracy);
		json.put("in_scope_top1", this.inScopeTop1);
		json.put("wrong_answer_rate", this.wrongAnswerRate);
		json.put("escalate_recall", this.escalateRecall);
		json.put("emergency_recall", this.emergencyRecall);
		json.put("clarify_rate", this.clarifyRate);
		json.put("false_emergency_rate", this.falseEmergencyRate);
		if (!this.byLang.isEmpty()) {
			Map<String, Object> langs = new LinkedHashMap<>();
			this.byLang.forEach((lang, figures) -> langs.put(lang, figures.asJson()));
			json.put("by_lang", langs);
		}
		return json;
	}

}
