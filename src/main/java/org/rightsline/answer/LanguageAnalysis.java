package org.rightsline.answer;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.util.IOUtils;
import org.rightsline.content.Language;

/**
 * The text analysis of one language, the same for the FAQ and for incoming messages:
 * lower case, French elisions ({@code l'assurance} is {@code assurance}), accents folded
 * so that {@code sante} finds {@code santé}, the words people really use mapped onto the
 * FAQ's words (synonyms), stop words dropped, and a stemmer. Synonyms replace rather than
 * expand, so {@code blue cross} and {@code pfsi} become the one term {@code ifhp} on both
 * sides and count once.
 */
final class LanguageAnalysis {

	private final Language language;

	private final Analyzer analyzer;

	private LanguageAnalysis(Language language, Analyzer analyzer) {
		this.language = language;
		this.analyzer = analyzer;
	}

	static LanguageAnalysis of(Language language) {
		CharArraySet stopWords = stopWords(language);
		SynonymMap synonyms = synonyms(language);
		Analyzer analyzer = new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new LowerCaseFilter(source);
				if (language == Language.FR) {
					stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
				}
				if (language == Language.EN) {
					stream = new EnglishPossessiveFilter(stream);
				}
				stream = new ASCIIFoldingFilter(stream);
				stream = new SynonymGraphFilter(stream, synonyms, true);
				stream = new StopFilter(stream, stopWords);
				stream = stemmer(language, stream);
				return new TokenStreamComponents(source, stream);
			}
		};
		return new LanguageAnalysis(language, analyzer);
	}

	Language language() {
		return this.language;
	}

	Analyzer analyzer() {
		return this.analyzer;
	}

	/** The terms of a text, in order, as the index sees them. */
	List<String> terms(String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = this.analyzer.tokenStream(FaqFields.BODY, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	private static TokenStream stemmer(Language language, TokenStream stream) {
		return switch (language) {
			case EN -> new PorterStemFilter(stream);
			case FR -> new FrenchLightStemFilter(stream);
			case ES -> new SpanishLightStemFilter(stream);
		};
	}

	/**
	 * Snowball's stop words plus the fillers of text messages, accents folded like the
	 * text.
	 */
	private static CharArraySet stopWords(Language language) {
		String snowball = switch (language) {
			case EN -> "english_stop.txt";
			case FR -> "french_stop.txt";
			case ES -> "spanish_stop.txt";
		};
		try (Reader words = IOUtils.getDecodingReader(SnowballFilter.class, snowball, StandardCharsets.UTF_8);
				Reader ours = resource("stopwords-" + language.code() + ".txt")) {
			CharArraySet set = WordlistLoader.getSnowballWordSet(words, new CharArraySet(64, true));
			WordlistLoader.getWordSet(ours, "#", set);
			CharArraySet folded = new CharArraySet(set.size(), true);
			for (Object word : set) {
				folded.add(fold(new String((char[]) word)));
			}
			return CharArraySet.unmodifiableSet(folded);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String fold(String word) {
		char[] output = new char[word.length() * 4];
		int length = ASCIIFoldingFilter.foldToASCII(word.toCharArray(), 0, output, 0, word.length());
		return new String(output, 0, length);
	}

	/**
	 * The synonyms file of the language, in Solr's format. Its lines go through the same
	 * tokenizer, lower-casing and folding as the text, so they may be written with or
	 * without accents.
	 */
	private static SynonymMap synonyms(Language language) {
		Analyzer lineAnalyzer = new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new LowerCaseFilter(source);
				if (language == Language.FR) {
					stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
				}
				return new TokenStreamComponents(source, new ASCIIFoldingFilter(stream));
			}
		};
		try (Reader rules = resource("synonyms-" + language.code() + ".txt")) {
			SolrSynonymParser parser = new SolrSynonymParser(true, false, lineAnalyzer);
			parser.parse(rules);
			return parser.build();
		}
		catch (IOException | ParseException ex) {
			throw new IllegalStateException("cannot read the synonyms of " + language.code(), ex);
		}
	}

	private static Reader resource(String name) {
		var stream = LanguageAnalysis.class.getResourceAsStream("/answer/" + name);
		if (stream == null) {
			throw new IllegalStateException("missing resource /answer/" + name);
		}
		return new InputStreamReader(stream, StandardCharsets.UTF_8);
	}

}
