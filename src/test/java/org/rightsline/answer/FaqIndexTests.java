package org.rightsline.answer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rightsline.content.Language;
import org.rightsline.content.ShippedContent;

import static org.assertj.core.api.Assertions.assertThat;

/** The index over the shipped FAQ, asked as people type. */
class FaqIndexTests {

	private static FaqIndex index;

	@BeforeAll
	static void buildIndex() {
		index = new FaqIndex(ShippedContent.load());
	}

	private static String best(String text, Language language) {
		return index.search(text, language).map(Match::entryId).orElse("none");
	}

	@Test
	void findsTheEntryAboutRefusedCare() {
		assertThat(best("my clinic refuses my ifhp paper", Language.EN)).isEqualTo("ifhp-clinic-refused");
	}

	@Test
	void findsTheEntryAboutPayingUpFrontInFrench() {
		assertThat(best("la clinique veut que je paie", Language.FR)).isEqualTo("ifhp-upfront-payment");
	}

	@Test
	void foldsAccentsSoThatSanteFindsSante() {
		assertThat(index.terms("santé", Language.FR)).isEqualTo(index.terms("sante", Language.FR));
		assertThat(index.terms("médicaments", Language.FR)).isEqualTo(index.terms("medicaments", Language.FR));
	}

	@Test
	void removesFrenchElisions() {
		assertThat(index.terms("l'assurance", Language.FR)).isEqualTo(index.terms("assurance", Language.FR));
	}

	@Test
	void stemsPluralsAndVerbForms() {
		assertThat(index.terms("clinics", Language.EN)).isEqualTo(index.terms("clinic", Language.EN));
		assertThat(index.terms("clínicas", Language.ES)).isEqualTo(index.terms("clinica", Language.ES));
	}

	@Test
	void mapsTheWordsPeopleUseOntoTheFaqsWords() {
		assertThat(index.terms("blue cross", Language.EN)).isEqualTo(index.terms("IFHP", Language.EN));
		assertThat(index.terms("PFSI", Language.EN)).isEqualTo(index.terms("IFHP", Language.EN));
		assertThat(index.terms("carte soleil", Language.FR)).isEqualTo(index.terms("RAMQ", Language.FR));
		assertThat(index.terms("the paper from immigration", Language.EN)).isEqualTo(index.terms("RPCD", Language.EN));
		assertThat(index.terms("Roxham", Language.EN)).isEqualTo(index.terms("irregular crossing", Language.EN));
	}

	@Test
	void toleratesMisspelledWords() {
		assertThat(best("is the ambulence covered", Language.EN))
			.isEqualTo(best("is the ambulance covered", Language.EN));
		assertThat(best("do i need to pay the farmacy for my perscription", Language.EN))
			.isEqualTo("ifhp-prescriptions");
	}

	@Test
	void weighsTheQuestionsAboveTheAnswer() {
		Match match = index.search("what is the safe third country agreement", Language.EN).orElseThrow();
		assertThat(match.entryId()).isEqualTo("stca-what-is");
		assertThat(match.agreed()).isTrue();
		assertThat(match.margin()).isGreaterThan(0.2);
	}

	@Test
	void recognisesAKnownSubjectOutsideTheFaq() {
		Match match = index.search("where can I find a shelter for tonight", Language.EN).orElseThrow();
		assertThat(match.outOfScope()).isTrue();
	}

	@Test
	void readsAHugeMessageWithoutFailing() {
		StringBuilder words = new StringBuilder("is my ifhp paper valid ");
		for (int i = 0; i < 2000; i++) {
			words.append("word").append(i).append(' ');
		}
		assertThat(index.search(words.toString(), Language.EN)).isPresent();
	}

	@Test
	void findsNothingForWordsTheFaqDoesNotHold() {
		assertThat(index.search("zxqv blorp", Language.EN)).isEmpty();
		assertThat(index.search("", Language.EN)).isEmpty();
	}

	@Test
	void knowsASubjectOutsideTheFaq() {
		assertThat(index.search("who won the hockey game", Language.EN))
			.hasValueSatisfying((match) -> assertThat(match.outOfScope()).isTrue());
	}

}
