package org.rightsline.answer;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import org.rightsline.system.TextFolding;

import org.springframework.stereotype.Component;

/**
 * Tells a message written in a language the service does not answer in (Haitian Creole,
 * Arabic, Portuguese, Persian...), so that it gets one short reply in all three and goes
 * to staff instead of a wrong guess from the FAQ.
 * <ul>
 * <li>A message mostly in another script (Arabic, Persian, Cyrillic, Ge'ez, Chinese...)
 * is unserved: counting letters is enough, and costs nothing.</li>
 * <li>A message in the Latin script is weighed by a second Lingua detector that knows the
 * languages claimants also write (in its low-accuracy mode, which keeps its models
 * small), and only from five words on: shorter texts are too easy to mistake.</li>
 * <li>Haitian Creole, which Lingua does not know and which it reads as French, is told by
 * its own common words: two of them in a message are enough.</li>
 * </ul>
 */
@Component
public class UnservedLanguages {

	private static final Set<Language> SERVED = EnumSet.of(Language.ENGLISH, Language.FRENCH, Language.SPANISH);

	private static final Set<Language> OTHERS = EnumSet.of(Language.PORTUGUESE, Language.ITALIAN, Language.GERMAN,
			Language.SWAHILI, Language.TAGALOG, Language.TURKISH, Language.VIETNAMESE, Language.SOMALI, Language.YORUBA,
			Language.ROMANIAN, Language.DUTCH, Language.INDONESIAN);

	/** Words of Haitian Creole that French, English and Spanish do not use. */
	private static final Set<String> CREOLE = Set.of("mwen", "kijan", "kounye", "kounya", "bezwen", "konnen", "genyen",
			"pitit", "tanpri", "mesi", "kisa", "poukisa", "bonjou", "bonswa", "souple", "lopital", "dokte", "lajan",
			"travay", "fanmi", "paske", "anpil", "tankou", "avek", "ede", "kote", "sa k", "m ap", "nou ka", "yo di",
			"pa gen");

	/**
	 * English words none of the other languages weighed uses: Lingua's fast mode takes a
	 * short English question with an acronym ("what is a PRRA and who can apply") for
	 * German, and two of these words settle it.
	 */
	private static final Set<String> ENGLISH_WORDS = Set.of("what", "who", "how", "the", "and", "can", "my", "does",
			"you", "where", "when", "with", "have", "please", "need", "get", "your", "should");

	private static final Pattern WORDS = Pattern.compile("[^\\p{L}]+");

	/** The fewest words from which a Latin-script message is weighed at all. */
	private static final int MIN_WORDS = 5;

	/**
	 * How close behind the likeliest language a served one may be for the text still to
	 * count as written in the other.
	 */
	private static final double CLOSE_BEHIND = 0.85;

	private final LanguageDetector detector;

	public UnservedLanguages() {
		Set<Language> languages = EnumSet.copyOf(SERVED);
		languages.addAll(OTHERS);
		this.detector = LanguageDetectorBuilder.fromLanguages(languages.toArray(Language[]::new))
			.withLowAccuracyMode()
			.withPreloadedLanguageModels()
			.build();
	}

	/** Whether the text is written in a language the service does not answer in. */
	public boolean isUnserved(String text) {
		int letters = 0;
		int latin = 0;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			if (Character.isLetter(c)) {
				letters++;
				if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
					latin++;
				}
			}
		}
		if (letters == 0) {
			return false;
		}
		if (latin * 2 < letters) {
			return true;
		}
		String folded = " " + String.join(" ", WORDS.split(TextFolding.fold(text).toLowerCase(Locale.ROOT)).clone())
				+ " ";
		long creole = CREOLE.stream().filter((word) -> folded.contains(" " + word + " ")).count();
		if (creole >= 2) {
			return true;
		}
		if (folded.isBlank() || WORDS.split(folded.strip()).length < MIN_WORDS) {
			return false;
		}
		if (ENGLISH_WORDS.stream().filter((word) -> folded.contains(" " + word + " ")).count() >= 2) {
			return false;
		}
		var confidences = this.detector.computeLanguageConfidenceValues(text);
		if (confidences.isEmpty() || SERVED.contains(confidences.firstKey())) {
			return false;
		}
		// Lingua rates the likeliest 1.0 and the others relative to it: a served language
		// close behind means the text does not tell.
		double served = SERVED.stream()
			.mapToDouble((language) -> confidences.getOrDefault(language, 0.0))
			.max()
			.orElse(0.0);
		return served < CLOSE_BEHIND;
	}

}
