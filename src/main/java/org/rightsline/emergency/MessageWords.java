package org.rightsline.emergency;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The words of a message as the detector reads them, in every language at once: Lucene's
 * standard tokenizer (which keeps emojis such as 💊 as words), lower case, French
 * elisions dropped ({@code j'etouffe} is {@code etouffe}), accents folded, and the
 * apostrophes people type or leave out made the same ({@code can't} is {@code cant}).
 * Nothing is stemmed: the concepts name their stems, because a stemmer of one language
 * mangles the words of the other two.
 */
final class MessageWords {

	/** A word of the message, as read. */
	record Word(String text) {
	}

	private static final CharArraySet ELISIONS = new CharArraySet(
			List.of("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"), true);

	private static final Analyzer ANALYZER = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			TokenStream stream = new LowerCaseFilter(source);
			stream = new ElisionFilter(stream, ELISIONS);
			stream = new ASCIIFoldingFilter(stream);
			stream = new PatternReplaceFilter(stream, Pattern.compile("['’]"), "", true);
			return new TokenStreamComponents(source, stream);
		}
	};

	private MessageWords() {
	}

	static List<Word> of(String text) {
		List<Word> words = new ArrayList<>();
		try (TokenStream stream = ANALYZER.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				if (term.length() > 0) {
					words.add(new Word(term.toString()));
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words;
	}

}
