package org.rightsline.answer;

import java.util.List;

/**
 * The entry that best answers a message, and how sure the index is of it.
 *
 * @param entryId the entry BM25 ranks first, or a known subject outside the FAQ
 * ({@link #outOfScope()})
 * @param score the BM25 score of the winner: it grows with the number of rare words the
 * message shares with the entry
 * @param margin how far ahead of the runner-up the winner is (0: a tie, 1: no runner-up)
 * @param coverage the share (0 to 1, rare words weighing more) of the message's words
 * that the winner holds
 * @param reading what the classifier, reading the message another way, names
 * @param nearest the FAQ entries scored close to the best one (at most three, best
 * first): what a clarifying question offers when the winner is not sure enough
 */
public record Match(String entryId, double score, double margin, double coverage, Reading reading,
		List<String> nearest) {

	/** The id prefix of a known subject outside the FAQ. */
	static final String OUT_OF_SCOPE = "out-of-scope:";

	/**
	 * The message is closest to a subject the FAQ does not cover: staff must answer it.
	 */
	public boolean outOfScope() {
		return this.entryId.startsWith(OUT_OF_SCOPE);
	}

	/** Whether both readings name the same entry. */
	public boolean agreed() {
		return this.reading.label().equals(this.entryId);
	}

	/**
	 * The classifier's reading: an entry id, or {@link #OUT_OF_SCOPE} for every subject
	 * outside the FAQ, and how likely it finds it (0 to 1).
	 */
	public record Reading(String label, double probability) {

		/**
		 * No reading at all: the classifier was not trained (see {@link IntentReader}).
		 */
		static final Reading NONE = new Reading("", 0);

		public boolean outOfScope() {
			return this.label.startsWith(OUT_OF_SCOPE);
		}

	}

}
