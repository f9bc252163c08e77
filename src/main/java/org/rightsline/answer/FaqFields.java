package org.rightsline.answer;

/**
 * Field names of the FAQ index, shared by the indexer and the searcher. One Lucene
 * document is one entry in one language.
 */
final class FaqFields {

	/** The entry id, stored and not analysed: it is what an answer names. */
	static final String ID = "id";

	/** The ways people ask the question: the strongest signal, so it weighs most. */
	static final String QUESTIONS = "questions";

	/**
	 * One question alone, in a document of its own: to find the single closest way of
	 * asking.
	 */
	static final String QUESTION = "question";

	static final String TITLE = "title";

	/** Words people use for the topic that the questions may not contain. */
	static final String KEYWORDS = "keywords";

	/**
	 * The full answer: it names the things the answer is about, but also much else, so it
	 * weighs least.
	 */
	static final String BODY = "body";

	/**
	 * Every word of the entry, never scored: the vocabulary that misspelt words are
	 * corrected to.
	 */
	static final String ALL = "all";

	private FaqFields() {
	}

}
