package org.rightsline.emergency;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class EmergencyDetectorTests {

	private static final EmergencyDetector detector = new EmergencyDetector(
			new Binder(new MapConfigurationPropertySource(Map.of())).bindOrCreate("rightsline.emergency",
					EmergencyProperties.class));

	@ParameterizedTest
	@ValueSource(strings = { "my dad collapsed and is not breathing", "I want to kill myself", "she took all the pills",
			"he has a gun and says he will shoot me", "my baby had a seizure and now another one started",
			"je veux mourir", "JE VEUX MOURIR", "mon fils ne respire plus", "il me frappe là, je suis cachée",
			"quiero morir", "mi esposo me esta pegando", "no puedo respirar", "tengo un dolor en el pecho muy fuerte" })
	void recognisesAnEmergencyInAnyLanguage(String message) {
		assertThat(detector.isEmergency(message)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "does ifhp cover the emergency room", "j'ai mal au dos depuis l'accident",
			"el seguro cubre los analisis de sangre?", "puedo ir a emergencias del hospital con mi papel?",
			"is the contraceptive pill covered", "my son has nightmares, can he see a psychologist",
			"the ER wants me to pay, is that normal" })
	void leavesOrdinaryHealthQuestionsToTheFaq(String message) {
		assertThat(detector.isEmergency(message)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "I had chest pain last month, can I see a cardiologist",
			"does IFHP pay for my seizure medication", "if I call 911 is the ambulance covered",
			"this paperwork is killing me lol", "el año pasado casi me ahogo en un lago, hay clases de natacion?",
			"mon ami a fait une overdose la semaine passée, il va mieux" })
	void leavesThePastAndTheHypotheticalToTheFaq(String message) {
		assertThat(detector.isEmergency(message)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "gave away all my things today. tell my kids i love them",
			"estoy en el puente jacques cartier, perdon a todos", "j'ai écrit une lettre à mes enfants, adieu",
			"took 30 tylenol 💊 idk", "jai pris 800mg de mes pilules dun coup" })
	void recognisesTheGoodbyeAndTheMethodWithoutTheWordSuicide(String message) {
		assertThat(detector.isEmergency(message)).isTrue();
	}

	@Test
	void keepsAnEmergencyToldBesideACoverageQuestion() {
		assertThat(detector.isEmergency("does the IFHP pay the ambulance? my wife is bleeding a lot right now"))
			.isTrue();
		assertThat(detector.isEmergency("necesito saber si tengo que pagar el hospital, mi mama tiene un dolor "
				+ "de pecho muy fuerte y esta sudando"))
			.isTrue();
	}

	@Test
	void readsThroughInvisibleCharacters() {
		assertThat(detector.isEmergency("I want to k\u200Bill my\u00ADself")).isTrue();
		assertThat(detector.isEmergency("he is not\u2060 breath\u200Ding")).isTrue();
	}

	@Test
	void readsATypoInALongWord() {
		assertThat(detector.isEmergency("my mother is unconcious on the floor")).isTrue();
	}

	@Test
	void readsCurlyApostrophesAndAccentsAsPlain() {
		assertThat(detector.isEmergency("I don’t want to live anymore")).isTrue();
		assertThat(detector.isEmergency("Il a avalé toute la boîte de médicaments")).isTrue();
	}

	@Test
	void namesTheKindOfDangerButNeverTheWords() {
		assertThat(detector.kindOf("mi hijo se esta ahogando en la piscina")).contains("drowning");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "my little girl drank something from under the sink and now she is throwing up and crying" })
	void catchesADangerNoConceptNamesYet(String message) {
		assertThat(detector.kindOf(message)).contains(EmergencyDetector.LEARNED);
	}

	@Test
	void letsTheLearnedReaderOverruleAnAmbiguousConceptButNeverAPlainOne() {
		assertThat(detector.isEmergency("SOS my bank closed my account because my paper expired, what do I do"))
			.isFalse();
		assertThat(detector.kindOf("je veux mourir")).contains("suicide");
		assertThat(detector.kindOf("quiero morir")).contains("suicide");
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"police in my country beat me because of my political party, i have the hospital records from back home, do they need a translation for the IRB",
			"mi ex me golpeaba y me amenazo con matarme en mexico, la denuncia la archivaron, eso sirve para mi caso de asilo?" })
	void letsAPlainConceptStandDownInALongStoryOfThePast(String message) {
		assertThat(detector.isEmergency(message)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"my husband is hitting me right now and the kids are screaming, i locked myself in the bathroom",
			"il a un couteau et il dit quil va me tuer ce soir, je suis dans la chambre avec mon bebe" })
	void keepsAPlainConceptInALongStoryOfNow(String message) {
		assertThat(detector.isEmergency(message)).isTrue();
	}

}
