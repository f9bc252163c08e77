package org.rightsline.answer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class EmergencyDetectorTests {

	private final EmergencyDetector detector = new EmergencyDetector();

	@ParameterizedTest
	@ValueSource(strings = { "my dad collapsed and is not breathing", "I want to kill myself", "she took all the pills",
			"he has a gun and says he will shoot", "my baby had a seizure", "je veux mourir", "JE VEUX MOURIR",
			"mon fils ne respire plus", "il me frappe tous les soirs", "quiero morir", "mi esposo me pega",
			"no puedo respirar", "tengo un dolor en el pecho muy fuerte" })
	void recognisesAnEmergencyInAnyLanguage(String message) {
		assertThat(this.detector.isEmergency(message)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "does ifhp cover the emergency room", "j'ai mal au dos depuis l'accident",
			"el seguro cubre los analisis de sangre?", "puedo ir a emergencias del hospital con mi papel?",
			"is the contraceptive pill covered", "my son has nightmares, can he see a psychologist",
			"the ER wants me to pay, is that normal" })
	void leavesOrdinaryHealthQuestionsToTheFaq(String message) {
		assertThat(this.detector.isEmergency(message)).isFalse();
	}

	@Test
	void readsCurlyApostrophesAndAccentsAsPlain() {
		assertThat(this.detector.isEmergency("I don’t want to live anymore")).isTrue();
		assertThat(this.detector.isEmergency("Il a avalé des médicaments")).isTrue();
	}

}
