package org.rightsline.answer;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How sure the answering core must be before it answers rather than hands a message to
 * staff.
 * <p>
 * When both readings of the index name the same entry ({@link Match#agreed()}), or the
 * classifier is sure of its own ({@code sureReading}, whose entry then wins), the entry
 * is answered if it shares enough rare words with the message ({@code minScore}), or is
 * far ahead of the next entry ({@code clearMargin}: short questions such as "STCA?" score
 * low but leave no doubt), or holds most of the message's words ({@code fullCoverage}).
 * When the readings disagree, only a strong lead of the BM25 reading is answered
 * ({@code strongScore}, with a margin of at least 0.2). Raising a figure sends more to
 * staff and gives fewer wrong answers; the evaluation command ({@code eval FILE}) shows
 * both.
 *
 * @param minScore the BM25 score from which an agreed entry is answered
 * @param clearMargin the lead over the runner-up (0 to 1) from which an agreed entry is
 * answered
 * @param fullCoverage the share of the message's words (0 to 1) from which an agreed
 * entry is answered
 * @param strongScore the BM25 score from which an entry is answered though the classifier
 * disagrees
 * @param languageMargin how far ahead of the next language (in Lingua's relative
 * confidence) a guess must be to count; below it the conversation keeps its language
 * @param answerAt the confidence from which an entry is answered (see
 * {@link #confidence}); set from the curve {@code eval} prints
 * @param clarifyAt the confidence from which, below {@code answerAt}, two or three close
 * entries are offered in a clarifying question rather than passed to staff
 * @param sureReading the classifier's probability (0 to 1) from which its entry counts as
 * agreed, whatever BM25 ranks first
 * @param outOfScopeReading the classifier's probability (0 to 1) from which its reading
 * "a subject outside the FAQ" sends the message to staff, whatever BM25 ranks first
 * @param clarifyReading the classifier's probability (0 to 1) from which, when it names
 * another of the entries BM25 scores close to its best, the person is asked which one
 * they meant rather than handed to staff
 */
@ConfigurationProperties("rightsline.answer")
@Validated
public record AnswerProperties(@DefaultValue("13") @DecimalMin("0") double minScore,
		@DefaultValue("0.4") @DecimalMin("0") @DecimalMax("1") double clearMargin,
		@DefaultValue("0.8") @DecimalMin("0") @DecimalMax("1") double fullCoverage,
		@DefaultValue("13") @DecimalMin("0") double strongScore,
		@DefaultValue("0.08") @DecimalMin("0") @DecimalMax("1") double languageMargin,
		@DefaultValue("1.2") @DecimalMin("0") double answerAt, @DefaultValue("0.6") @DecimalMin("0") double clarifyAt,
		@DefaultValue("0.7") @DecimalMin("0") @DecimalMax("1") double sureReading,
		@DefaultValue("0.6") @DecimalMin("0") @DecimalMax("1") double outOfScopeReading,
		@DefaultValue("0.3") @DecimalMin("0") @DecimalMax("1") double clarifyReading) {

	/** The lead a BM25 winner needs when the classifier names another entry. */
	private static final double STRONG_MARGIN = 0.2;

	/**
	 * How sure the index is of a match, as one number: how far the match goes past the
	 * figures above, 1.0 being exactly at them. An agreed match takes the best of its
	 * score, lead and coverage; a disputed one the worse of its score and lead. 0 for a
	 * subject outside the FAQ.
	 */
	double confidence(Match match) {
		if (outOfScope(match)) {
			return 0;
		}
		if (match.agreed() || sure(match.reading())) {
			return Math.max(ratio(match.score(), this.minScore),
					Math.max(ratio(match.margin(), this.clearMargin), ratio(match.coverage(), this.fullCoverage)));
		}
		return Math.min(ratio(match.score(), this.strongScore), ratio(match.margin(), STRONG_MARGIN));
	}

	/**
	 * Whether the message is about a subject the FAQ does not cover: the closest thing
	 * BM25 finds is one, or the classifier is sure enough that it is.
	 */
	boolean outOfScope(Match match) {
		return match.outOfScope()
				|| match.reading().outOfScope() && match.reading().probability() >= this.outOfScopeReading;
	}

	/**
	 * Whether the readings disagree but close: the classifier's entry is among those BM25
	 * scores near its best, and it is at least {@code clarifyReading} sure. Then the
	 * person is asked which they meant, whatever the confidence.
	 */
	boolean readingAmongNearest(Match match) {
		return !match.agreed() && match.nearest().contains(match.reading().label())
				&& match.reading().probability() >= this.clarifyReading;
	}

	/** The entry a match stands for: the classifier's when it is sure, else BM25's. */
	String entryOf(Match match) {
		return sure(match.reading()) ? match.reading().label() : match.entryId();
	}

	private boolean sure(Match.Reading reading) {
		return !reading.outOfScope() && reading.probability() >= this.sureReading;
	}

	/** A figure over its threshold; a threshold of 0 is always met. */
	private static double ratio(double value, double threshold) {
		return (threshold <= 0) ? Double.MAX_VALUE : value / threshold;
	}

}
