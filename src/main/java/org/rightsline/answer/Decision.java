package org.rightsline.answer;

import java.util.List;
import java.util.Optional;

import org.rightsline.content.FaqEntry;

/**
 * What the FAQ gives a question: an answer, a question back, or a hand-over to staff.
 */
public sealed interface Decision {

	/** An FAQ entry answers the message with enough confidence. */
	record Answer(FaqEntry entry, Match match) implements Decision {
	}

	/**
	 * Two or three entries are close and none is sure: ask which one the person meant.
	 */
	record Clarify(List<FaqEntry> options, Match match) implements Decision {
	}

	/**
	 * Nothing answers it with confidence: staff will. The closest entry, if any, helps
	 * them.
	 */
	record Escalate(Reason reason, Optional<Match> closest) implements Decision {

		public enum Reason {

			/** No entry is close enough. */
			NOT_CONFIDENT,
			/** The message is about a known subject the FAQ does not cover. */
			OUT_OF_SCOPE,
			/**
			 * The best entry is past its review date and stale entries are not served.
			 */
			STALE_ENTRY

		}

	}

}
