package org.rightsline.answer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class UnservedLanguagesTests {

	private static final UnservedLanguages languages = new UnservedLanguages();

	@ParameterizedTest
	@ValueSource(strings = { "Bonjou, mwen bezwen yon doktè pou pitit mwen, kijan pou m fè?",
			"مرحبا، أحتاج إلى طبيب لابني، هل التأمين يغطي ذلك؟", "سلام، من به یک دکتر نیاز دارم",
			"Olá, preciso de um médico para o meu filho, o seguro cobre a consulta?",
			"Здравствуйте, мне нужен врач для сына", "ሰላም ሓኪም የድልየኒ እየ" })
	void recognisesALanguageTheServiceDoesNotAnswerIn(String message) {
		assertThat(languages.isUnserved(message)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "what is the ifhp", "c koi le pfsi", "hola, el pfsi cubre el dentista?", "STCA?", "ok",
			"merci", "la clinique refuse mon papier bleu, je fais quoi", "mi hijo necesita un doctor urgente",
			"my doctor dont accept the ifhp paper what i do", "😭😭", "jsuis arrivé ya 7 mois pk tout en francais",
			"what is a PRRA and who can apply" })
	void leavesEnglishFrenchAndSpanishToTheFaq(String message) {
		assertThat(languages.isUnserved(message)).isFalse();
	}

}
