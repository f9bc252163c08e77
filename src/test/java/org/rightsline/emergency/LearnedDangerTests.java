package org.rightsline.emergency;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.rightsline.emergency.LearnedDanger.Example;

import static org.assertj.core.api.Assertions.assertThat;

class LearnedDangerTests {

	@Test
	void learnsOnlyFromTheTuningPartOfTheEmergencyFile() throws IOException {
		List<String[]> rows = Files.readAllLines(Path.of("eval", "emergency.tsv"))
			.stream()
			.skip(1)
			.map((line) -> line.split("\t"))
			.toList();
		Set<String> measured = rows.stream()
			.filter((row) -> row[3].equals("measure"))
			.map((row) -> row[2])
			.collect(Collectors.toSet());
		long tuning = rows.stream().filter((row) -> row[3].equals("tune")).count();

		List<Example> learned = LearnedDanger.read(Path.of("eval", "emergency.tsv"));

		assertThat(measured).hasSizeGreaterThan(900);
		assertThat(learned).hasSize((int) tuning);
		assertThat(learned).noneMatch((example) -> measured.contains(example.text()));
	}

	@Test
	void tellsAnEmergencyFromAnOrdinaryQuestionAfterAFewExamples() {
		LearnedDanger reader = LearnedDanger.train(List.of(new Example("he is not breathing help", true),
				new Example("she stopped breathing and is blue", true), new Example("my baby is not breathing", true),
				new Example("is the dentist covered", false),
				new Example("where do I show my paper at the pharmacy", false),
				new Example("is the dentist free for my kids", false)));

		assertThat(reader.probability(MessageWords.of("my dad is not breathing"))).isGreaterThan(0.5);
		assertThat(reader.probability(MessageWords.of("is the pharmacy covered"))).isLessThan(0.5);
	}

}
