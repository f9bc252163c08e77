package org.rightsline.answer;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import org.rightsline.content.Language;

import org.springframework.stereotype.Component;

/**
 * Tells the language of a text message with Lingua, which is built for short texts. Only the three
 * answering languages are loaded (models are preloaded so that the first message at night is not the
 * slow one). A text too short or too mixed to tell gives no guess: the caller then keeps the language
 * the conversation already has.
 */
@Component
public class LanguageGuesser {

	private static final Map<com.github.pemistahl.lingua.api.Language, Language> OURS = Map.of(
			com.github.pemistahl.lingua.api.Language.ENGLISH, Language.EN,
			com.github.pemistahl.lingua.api.Language.FRENCH, Language.FR,
			com.github.pemistahl.lingua.api.Language.SPANISH, Language.ES);

	private final LanguageDetector detector;

	private final double minimumConfidence;

	public LanguageGuesser(AnswerProperties properties) {
		this.detector = LanguageDetectorBuilder.fromLanguages(OURS.keySet().toArray(com.github.pemistahl.lingua.api.Language[]::new))
			.withPreloadedLanguageModels()
			.build();
		this.minimumConfidence = properties.languageConfidence();
	}

	public Optional<Language> guess(String text) {
		SortedMap<com.github.pemistahl.lingua.api.Language, Double> confidences = this.detector
			.computeLanguageConfidenceValues(text);
		if (confidences.isEmpty()) {
			return Optional.empty();
		}
		var best = confidences.firstKey();
		if (confidences.get(best) < this.minimumConfidence) {
			return Optional.empty();
		}
		return Optional.ofNullable(OURS.get(best));
	}

}
