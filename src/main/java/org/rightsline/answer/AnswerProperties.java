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
 * When both readings of the index name the same entry ({@link Match#agreed()}) the entry
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
 */
@ConfigurationProperties("rightsline.answer")
@Validated
public record AnswerProperties(@DefaultValue("14") @DecimalMin("0") double minScore,
		@DefaultValue("0.4") @DecimalMin("0") @DecimalMax("1") double clearMargin,
		@DefaultValue("0.8") @DecimalMin("0") @DecimalMax("1") double fullCoverage,
		@DefaultValue("20") @DecimalMin("0") double strongScore,
		@DefaultValue("0.08") @DecimalMin("0") @DecimalMax("1") double languageMargin) {

	/** The lead a BM25 winner needs when the classifier names another entry. */
	private static final double STRONG_MARGIN = 0.2;

	/** Whether a match is sure enough to answer. */
	boolean sureOf(Match match) {
		if (match.outOfScope()) {
			return false;
		}
		if (match.agreed()) {
			return match.score() >= this.minScore || match.margin() >= this.clearMargin
					|| match.coverage() >= this.fullCoverage;
		}
		return match.score() >= this.strongScore && match.margin() >= STRONG_MARGIN;
	}

}
