package org.rightsline.answer;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightsline.content.ContentFixture;
import org.rightsline.content.ContentProperties;
import org.rightsline.content.ContentProperties.StalePolicy;
import org.rightsline.content.Language;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerDeciderTests {

	private static final Clock A_YEAR_AND_A_HALF_LATER = Clock.fixed(Instant.parse("2028-05-01T12:00:00Z"),
			ZoneOffset.UTC);

	@TempDir
	Path folder;

	private final AnswerProperties sure = new AnswerProperties(0, 0, 0, 0, 0.08, 1.0, 0.6, 0.7, 0.6, 0.3);

	@Test
	void answersInTheReplyLanguageWhatWasAskedInAnother() {
		AnswerDecider decider = decider(StalePolicy.SERVE, Clock.systemUTC());

		Decision decision = decider.decide("what is the ifhp", Language.EN, Language.FR);

		assertThat(decision).isInstanceOfSatisfying(Decision.Answer.class,
				(answer) -> assertThat(answer.entry().language()).isEqualTo(Language.FR));
	}

	@Test
	void servesAStaleEntryWhenToldTo() {
		AnswerDecider decider = decider(StalePolicy.SERVE, A_YEAR_AND_A_HALF_LATER);

		assertThat(decider.decide("what is the ifhp", Language.EN, Language.EN)).isInstanceOf(Decision.Answer.class);
	}

	@Test
	void escalatesAStaleEntryWhenToldTo() {
		AnswerDecider decider = decider(StalePolicy.ESCALATE, A_YEAR_AND_A_HALF_LATER);

		assertThat(decider.decide("what is the ifhp", Language.EN, Language.EN)).isInstanceOfSatisfying(
				Decision.Escalate.class,
				(escalate) -> assertThat(escalate.reason()).isEqualTo(Decision.Escalate.Reason.STALE_ENTRY));
	}

	private AnswerDecider decider(StalePolicy policy, Clock clock) {
		ContentProperties rules = new ContentProperties(ContentFixture.in(this.folder).directory(), 4,
				Period.ofMonths(12), policy, ContentFixture.OFFICIAL);
		return new AnswerDecider(new FaqLibrary(rules, clock), this.sure, rules);
	}

}
