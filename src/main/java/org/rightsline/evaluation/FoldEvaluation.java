package org.rightsline.evaluation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rightsline.answer.AnswerDecider;
import org.rightsline.answer.Decision;
import org.rightsline.answer.FaqIndex;
import org.rightsline.answer.FaqLibrary;
import org.rightsline.content.FaqContent;
import org.rightsline.content.FaqEntry;
import org.rightsline.content.Language;
import org.rightsline.content.OutOfScopeTopic;

import org.springframework.stereotype.Component;

/**
 * {@code eval --folds K}: each entry's own {@code questions}, and the ways of asking each
 * subject outside the FAQ, are split into K parts by position; each part in turn is left
 * out of the index and asked, in its language, through the same decision as a real
 * message (a subject outside the FAQ is right when it goes to staff). The figures say how
 * well the core answers ways of asking it has never seen, which a file of questions
 * written after the FAQ cannot say once the FAQ learned from it.
 */
@Component
class FoldEvaluation {

	private final FaqLibrary library;

	private final AnswerDecider decider;

	private final Clock clock;

	FoldEvaluation(FaqLibrary library, AnswerDecider decider, Clock clock) {
		this.library = library;
		this.decider = decider;
		this.clock = clock;
	}

	List<EvalResult> run(int folds) {
		if (folds < 2) {
			throw new IllegalArgumentException("--folds needs 2 or more");
		}
		FaqContent content = this.library.content();
		List<EvalResult> results = new ArrayList<>();
		for (int fold = 0; fold < folds; fold++) {
			int left = fold;
			FaqContent trained = content.withoutQuestions((i) -> i % folds == left);
			FaqLibrary.Snapshot snapshot = new FaqLibrary.Snapshot(trained, new FaqIndex(trained),
					this.clock.instant());
			for (FaqEntry entry : content.entries()) {
				for (int i = left; i < entry.questions().size(); i += folds) {
					String question = entry.questions().get(i);
					Decision decision = this.decider.decide(snapshot, question, entry.language(), entry.language());
					EvalCase asked = new EvalCase(entry.language().code(), entry.id(), question, Optional.empty());
					results.add(result(asked, decision));
				}
			}
			for (Language language : Language.values()) {
				for (OutOfScopeTopic topic : content.outOfScope(language)) {
					for (int i = left; i < topic.questions().size(); i += folds) {
						String question = topic.questions().get(i);
						Decision decision = this.decider.decide(snapshot, question, language, language);
						EvalCase asked = new EvalCase(language.code(), EvalCase.ESCALATE, question, Optional.empty());
						results.add(result(asked, decision));
					}
				}
			}
		}
		return results;
	}

	private static EvalResult result(EvalCase asked, Decision decision) {
		if (decision instanceof Decision.Answer answer) {
			return new EvalResult(asked, answer.entry().id(), List.of());
		}
		if (decision instanceof Decision.Clarify clarify) {
			return new EvalResult(asked, EvalResult.CLARIFY, clarify.options().stream().map(FaqEntry::id).toList());
		}
		return new EvalResult(asked, EvalCase.ESCALATE, List.of());
	}

}
