package org.rightsline.emergency;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.rightsline.emergency.MessageWords.Word;

/**
 * One way a concept can be written: a word, a stem ({@code respir*}), a pattern
 * ({@code /\d+mg/}), or a phrase of these ({@code cant breathe}). Words of eight letters
 * or more also match with one typo, as Lucene's fuzzy terms do (its Levenshtein
 * automaton, first letter kept): {@code breating} is {@code breathing}. Shorter words
 * must be exact, since too many short words are one letter apart.
 */
final class WordPattern {

	/** The length from which a word matches with one typo. */
	static final int FUZZY_FROM = 8;

	private final List<OneWord> words;

	private final String source;

	private WordPattern(String source, List<OneWord> words) {
		this.source = source;
		this.words = words;
	}

	/**
	 * Reads a pattern as written in the concepts file: words read as a message is, so
	 * that they meet the message's words in the same form; a word between slashes is a
	 * regular expression, a word ending in {@code *} a stem.
	 */
	static WordPattern parse(String written) {
		String text = written.strip();
		List<OneWord> words = new ArrayList<>();
		for (String piece : text.split("\\s+")) {
			if (piece.length() > 2 && piece.startsWith("/") && piece.endsWith("/")) {
				words.add(new Regex(Pattern.compile(piece.substring(1, piece.length() - 1))));
				continue;
			}
			boolean stem = piece.endsWith("*");
			List<String> analysed = MessageWords.of(stem ? piece.substring(0, piece.length() - 1) : piece)
				.stream()
				.map(Word::text)
				.toList();
			for (int i = 0; i < analysed.size(); i++) {
				boolean last = i == analysed.size() - 1;
				words.add((stem && last) ? new Stem(analysed.get(i)) : exactOrFuzzy(analysed.get(i)));
			}
		}
		if (words.isEmpty()) {
			throw new IllegalArgumentException("no word in '" + written + "'");
		}
		return new WordPattern(text, words);
	}

	/**
	 * How many words of the message, from {@code start}, this pattern matches: 0 when it
	 * does not.
	 */
	int matchAt(List<Word> message, int start) {
		if (start + this.words.size() > message.size()) {
			return 0;
		}
		for (int i = 0; i < this.words.size(); i++) {
			if (!this.words.get(i).matches(message.get(start + i).text())) {
				return 0;
			}
		}
		return this.words.size();
	}

	@Override
	public String toString() {
		return this.source;
	}

	private static OneWord exactOrFuzzy(String word) {
		if (word.length() < FUZZY_FROM || !word.chars().allMatch(Character::isLetter)) {
			return new Exact(word);
		}
		var automaton = new LevenshteinAutomata(word.substring(1), true).toAutomaton(1, word.substring(0, 1));
		return new Fuzzy(word, new CharacterRunAutomaton(automaton));
	}

	private sealed interface OneWord permits Exact, Fuzzy, Stem, Regex {

		boolean matches(String word);

	}

	private record Exact(String word) implements OneWord {

		@Override
		public boolean matches(String word) {
			return this.word.equals(word);
		}

	}

	private record Fuzzy(String word, CharacterRunAutomaton automaton) implements OneWord {

		@Override
		public boolean matches(String word) {
			return Math.abs(word.length() - this.word.length()) <= 1 && this.automaton.run(word);
		}

	}

	private record Stem(String stem) implements OneWord {

		@Override
		public boolean matches(String word) {
			return word.startsWith(this.stem);
		}

	}

	private record Regex(Pattern pattern) implements OneWord {

		@Override
		public boolean matches(String word) {
			return this.pattern.matcher(word).matches();
		}

	}

}
