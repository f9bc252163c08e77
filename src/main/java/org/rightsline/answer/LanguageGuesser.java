package org.rightsline.answer;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import org.rightsline.content.Language;

import org.springframework.stereotype.Component;

/**
 * Tells the language of a text message with Lingua, which is built for short texts. Only
 * the three answering languages are loaded (models are preloaded so that the first
 * message at night is not the slow one). A text too short or too mixed to tell gives no
 * guess: the caller then keeps the language the conversation already has.
 */
@Component
public class LanguageGuesser {

	private static final Map<com.github.pemistahl.lingua.api.Language, Language> OURS = Map.of(
			com.github.pemistahl.lingua.api.Language.ENGLISH, Language.EN,
			com.github.pemistahl.lingua.api.Language.FRENCH, Language.FR,
			com.github.pemistahl.lingua.api.Language.SPANISH, Language.ES);

	private final LanguageDetector detector;

	private final double minimumMargin;

	public LanguageGuesser(AnswerProperties properties) {
		this.detector = LanguageDetectorBuilder
			.fromLanguages(OURS.keySet().toArray(com.github.pemistahl.lingua.api.Language[]::new))
			.withPreloadedLanguageModels()
			.build();
		this.minimumMargin = properties.languageMargin();
	}

	public Optional<Language> guess(String text) {
		SortedMap<com.github.pemistahl.lingua.api.Language, Double> confidences = this.detector
			.computeLanguageConfidenceValues(text);
		if (confidences.isEmpty()) {
			return Optional.empty();
		}
		// Lingua rates the likeliest language 1.0 and the others relative to it: a close
		// second means
		// the text does not tell (a lone "hello" scores Spanish 1.0, English 0.95).
		var ranked = confidences.entrySet().iterator();
		var best = ranked.next();
		double second = ranked.hasNext() ? ranked.next().getValue() : 0.0;
		if (best.getValue() - second < this.minimumMargin) {
			return Optional.empty();
		}
		return Optional.ofNullable(OURS.get(best.getKey()));
	}

}
