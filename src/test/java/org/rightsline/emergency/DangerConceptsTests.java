package org.rightsline.emergency;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class DangerConceptsTests {

	private static final String CUES = """
			calm: covered
			past: last year
			now: right now
			""";

	@Test
	void needsEveryGroupOfARuleWithinItsWindow() {
		DangerConcepts concepts = read(CUES + "danger bleeding: bleeding | blood + a lot | everywhere within 3");

		assertThat(kindOf(concepts, "he is bleeding a lot")).contains("bleeding");
		assertThat(kindOf(concepts, "blood test results came back, I ate a lot")).isEmpty();
	}

	@Test
	void calmsADangerRuleButNotAnAlwaysRule() {
		DangerConcepts concepts = read(CUES + "danger seizure: seizure\nalways breathing: not breathing");

		assertThat(kindOf(concepts, "is my seizure medication covered")).isEmpty();
		assertThat(kindOf(concepts, "is the ambulance covered, he is not breathing")).contains("breathing");
		assertThat(kindOf(concepts, "seizure right now, is it covered")).contains("seizure");
	}

	@Test
	void standsEveryRuleDownForThePastUnlessItIsHappeningNow() {
		DangerConcepts concepts = read(CUES + "always breathing: not breathing");

		assertThat(kindOf(concepts, "last year he was not breathing in his sleep")).isEmpty();
		assertThat(kindOf(concepts, "last year too, and right now he is not breathing")).contains("breathing");
	}

	@Test
	void readsStemsPatternsAndGroups() {
		DangerConcepts concepts = read(CUES + """
				group pills: pill* | comprim*
				always overdose: took | pris + @pills + /\\d+/ within 5
				""");

		assertThat(kindOf(concepts, "j'ai pris 40 comprimés")).contains("overdose");
		assertThat(kindOf(concepts, "took 2 pills")).contains("overdose");
		assertThat(kindOf(concepts, "took the bus")).isEmpty();
	}

	@Test
	void readsAWholeMessageRuleOnlyWhenItIsTheWholeMessage() {
		DangerConcepts concepts = read(CUES + "alone fire: fire | au feu");

		assertThat(kindOf(concepts, "FIRE!!")).contains("fire");
		assertThat(kindOf(concepts, "where do I buy a fire extinguisher")).isEmpty();
		assertThat(kindOf(concepts, "👍")).isEmpty();
		assertThat(kindOf(concepts, "")).isEmpty();
	}

	@Test
	void namesTheLineOfABrokenRule() {
		assertThatIllegalStateException().isThrownBy(() -> read(CUES + "group a: x\ndanger b: @missing"))
			.withMessageContaining("line 5")
			.withMessageContaining("unknown group @missing");
	}

	private static Optional<String> kindOf(DangerConcepts concepts, String message) {
		return concepts.recognise(MessageWords.of(message)).map(DangerConcepts.Recognition::kind);
	}

	private static DangerConcepts read(String text) {
		return DangerConcepts.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

}
