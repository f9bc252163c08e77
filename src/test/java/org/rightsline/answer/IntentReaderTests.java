package org.rightsline.answer;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rightsline.content.Language;

import static org.assertj.core.api.Assertions.assertThat;

/** The classifier that gives the index its second reading, on a FAQ of three subjects. */
class IntentReaderTests {

	private static final LanguageAnalysis ENGLISH = LanguageAnalysis.of(Language.EN);

	private static List<IntentReader.Example> examples(String label, String... questions) {
		List<IntentReader.Example> examples = new ArrayList<>();
		for (String question : questions) {
			examples.add(new IntentReader.Example(ENGLISH.terms(question), label));
		}
		return examples;
	}

	private static final List<IntentReader.Example> THREE_SUBJECTS = new ArrayList<>();

	static {
		THREE_SUBJECTS.addAll(examples("dentist", "does it pay the dentist", "my tooth hurts can i see a dentist",
				"is a dental cleaning covered", "dentist for my son"));
		THREE_SUBJECTS.addAll(examples("pharmacy", "does the pharmacy take my paper", "my medication at the pharmacy",
				"who pays my prescription", "pharmacist wants money for pills"));
		THREE_SUBJECTS.addAll(examples(Match.OUT_OF_SCOPE, "where can i find an apartment",
				"how do i open a bank account", "what is the weather tomorrow", "the landlord wants a deposit"));
	}

	@Test
	void readsAWayOfAskingItNeverSawWithATypo() {
		IntentReader reader = IntentReader.train(THREE_SUBJECTS);

		Match.Reading reading = reader.read(ENGLISH.terms("pls can my daughter see a dentst"));

		assertThat(reading.label()).isEqualTo("dentist");
		assertThat(reading.probability()).isBetween(1.0 / 3, 1.0);
	}

	@Test
	void readsASubjectOutsideTheFaqAsOne() {
		IntentReader reader = IntentReader.train(THREE_SUBJECTS);

		Match.Reading reading = reader.read(ENGLISH.terms("my landlord keeps the deposit of my apartment"));

		assertThat(reading.outOfScope()).isTrue();
	}

	@Test
	void isLessSureOfAMessageThatSharesNothingWithTheFaq() {
		IntentReader reader = IntentReader.train(THREE_SUBJECTS);

		double known = reader.read(ENGLISH.terms("who pays the pharmacy for my prescription")).probability();
		double unknown = reader.read(ENGLISH.terms("zebra")).probability();

		assertThat(unknown).isLessThan(known);
	}

	@Test
	void tellsTwoSubjectsApartWithEitherOneFirst() {
		List<IntentReader.Example> two = THREE_SUBJECTS.stream()
			.filter((example) -> !example.label().equals(Match.OUT_OF_SCOPE))
			.toList();
		IntentReader reader = IntentReader.train(two);

		assertThat(reader.read(ENGLISH.terms("dental cleaning for my son")).label()).isEqualTo("dentist");
		assertThat(reader.read(ENGLISH.terms("pills at the pharmacist")).label()).isEqualTo("pharmacy");
	}

	@Test
	void givesNoReadingOfAFaqTooLargeToTrainAtEveryReload() {
		List<IntentReader.Example> many = new ArrayList<>();
		for (int i = 0; i <= IntentReader.MAX_CLASSES; i++) {
			many.addAll(examples("entry-" + i, "question number " + i));
		}
		IntentReader reader = IntentReader.train(many);

		assertThat(reader.read(ENGLISH.terms("question number 7"))).isEqualTo(Match.Reading.NONE);
	}

}
