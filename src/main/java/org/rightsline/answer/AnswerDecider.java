package org.rightsline.answer;

import java.util.List;
import java.util.Optional;

import org.rightsline.answer.Decision.Escalate.Reason;
import org.rightsline.content.ContentProperties;
import org.rightsline.content.ContentProperties.StalePolicy;
import org.rightsline.content.FaqEntry;
import org.rightsline.content.Language;

import org.springframework.stereotype.Component;

/**
 * Decides what a question gets from the FAQ: the best entry when the index is confident
 * enough, or staff. Emergencies never reach it: the conversation checks for one first.
 */
@Component
public class AnswerDecider {

	private final FaqLibrary library;

	private final AnswerProperties properties;

	private final StalePolicy stalePolicy;

	public AnswerDecider(FaqLibrary library, AnswerProperties properties, ContentProperties contentProperties) {
		this.library = library;
		this.properties = properties;
		this.stalePolicy = contentProperties.staleEntries();
	}

	/**
	 * The entry the index finds closest to a message, and how sure it is of it (the
	 * figures the evaluation's curve is drawn from).
	 */
	public Optional<ScoredMatch> closest(String text, Language language) {
		return this.library.current()
			.index()
			.search(text, language)
			.map((match) -> new ScoredMatch(match, this.properties.entryOf(match), this.properties.confidence(match)));
	}

	/**
	 * The language whose index reads a message best, for a message whose language the
	 * guesser cannot tell ("est ce que la cisr fournit un interprete"): each index reads
	 * it, and the surest reading wins; {@code fallback} (the conversation's language)
	 * keeps a tie.
	 */
	public Language likeliestLanguage(String text, Language fallback) {
		FaqLibrary.Snapshot snapshot = this.library.current();
		Language likeliest = fallback;
		double surest = confidenceIn(snapshot, text, fallback);
		for (Language language : Language.values()) {
			double confidence = confidenceIn(snapshot, text, language);
			if (confidence > surest) {
				likeliest = language;
				surest = confidence;
			}
		}
		return likeliest;
	}

	private double confidenceIn(FaqLibrary.Snapshot snapshot, String text, Language language) {
		return snapshot.index().search(text, language).map(this.properties::confidence).orElse(0.0);
	}

	/**
	 * A match, the entry it stands for and its confidence (1.0: at the thresholds; 0: a
	 * subject outside the FAQ).
	 */
	public record ScoredMatch(Match match, String entryId, double confidence) {
	}

	/**
	 * @param messageLanguage the language the message is written in: the index of that
	 * language reads it
	 * @param replyLanguage the language of the answer's entry
	 */
	public Decision decide(String text, Language messageLanguage, Language replyLanguage) {
		return decide(this.library.current(), text, messageLanguage, replyLanguage);
	}

	/** The same decision on another FAQ (for the evaluation's folds). */
	public Decision decide(FaqLibrary.Snapshot snapshot, String text, Language messageLanguage,
			Language replyLanguage) {
		Optional<Match> match = snapshot.index().search(text, messageLanguage);
		if (match.isPresent() && this.properties.outOfScope(match.get())) {
			return new Decision.Escalate(Reason.OUT_OF_SCOPE, match);
		}
		if (match.isEmpty()) {
			return new Decision.Escalate(Reason.NOT_CONFIDENT, match);
		}
		double confidence = this.properties.confidence(match.get());
		if (confidence < this.properties.answerAt()) {
			List<FaqEntry> options = match.get()
				.nearest()
				.stream()
				.flatMap((id) -> snapshot.content().entry(id, replyLanguage).stream())
				.toList();
			boolean close = confidence >= this.properties.clarifyAt()
					|| this.properties.readingAmongNearest(match.get());
			return (close && options.size() >= 2) ? new Decision.Clarify(options, match.get())
					: new Decision.Escalate(Reason.NOT_CONFIDENT, match);
		}
		FaqEntry entry = snapshot.content().entry(this.properties.entryOf(match.get()), replyLanguage).orElseThrow();
		if (this.stalePolicy == StalePolicy.ESCALATE && snapshot.content().isStale(entry)) {
			return new Decision.Escalate(Reason.STALE_ENTRY, match);
		}
		return new Decision.Answer(entry, match.get());
	}

}
