package org.rightsline.answer;

/**
 * The entry that best answers a message, and how sure the index is of it.
 *
 * @param entryId the winning entry
 * @param score Lucene's BM25 score of the winner
 * @param coverage share (0 to 1, weighted by rarity) of the message's words found in the winner
 * @param margin how far ahead of the runner-up the winner is (0: a tie, 1: no runner-up)
 */
public record Match(String entryId, double score, double coverage, double margin) {

	/** One figure for the threshold: mostly coverage, a close runner-up pulls it down. */
	public double confidence() {
		return this.coverage * (0.7 + 0.3 * this.margin);
	}

}
