package org.rightsline.content;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the FAQ that ships in {@code content/}: the checks the service runs at start-up,
 * and more.
 */
class ShippedContentTests {

	private final FaqContent content = ShippedContent.load();

	@Test
	void holdsEveryEntryOfTheIntentsInEveryLanguage() {
		List<String> ids = List.of("ifhp-what-is", "ifhp-eligibility", "ifhp-proof-of-coverage", "ifhp-what-is-covered",
				"ifhp-prescriptions", "ifhp-dental-vision", "ifhp-mental-health", "ifhp-find-provider",
				"ifhp-clinic-refused", "ifhp-upfront-payment", "ifhp-provider-registration", "ifhp-coverage-end",
				"ifhp-emergency-room", "ifhp-document-lost-expired", "stca-what-is", "stca-applies-to-me",
				"stca-exceptions", "stca-airport-inland", "stca-returned-to-us", "claim-deadlines",
				"french-six-month-rule", "french-rule-exceptions", "french-classes", "french-financial-aid",
				"centre-contact", "claim-hearing", "work-permit", "social-assistance", "legal-aid",
				"ineligibility-letter", "prra", "school-children");
		assertThat(this.content.entries()).hasSize(ids.size() * 3);
		for (String id : ids) {
			for (Language language : Language.values()) {
				assertThat(this.content.entry(id, language)).as(id + " in " + language).isPresent();
			}
		}
	}

	@Test
	void linksAnOfficialSourceAndSaysItIsNotLegalAdviceInEveryAnswer() {
		for (FaqEntry entry : this.content.entries()) {
			assertThat(entry.text()).as(entry.file().toString())
				.contains(entry.source().toString())
				.endsWith(ContentReader.DISCLAIMERS.get(entry.language()));
		}
	}

	@Test
	void keepsEverySmsWithinFourSegments() {
		for (FaqEntry entry : this.content.entries()) {
			assertThat(SmsSegments.of(entry.sms()).count()).as(entry.file().toString()).isLessThanOrEqualTo(4);
		}
	}

	@Test
	void givesEveryEntryTwentyWaysToAskInEachLanguage() {
		for (FaqEntry entry : this.content.entries()) {
			assertThat(entry.questions()).as(entry.file().toString()).hasSizeGreaterThanOrEqualTo(20);
		}
	}

	@Test
	void letsEverySmsStandAloneWithWhoAnswers() {
		for (FaqEntry entry : this.content.entries()) {
			assertThat(entry.sms()).as(entry.file().toString()).contains("846-0005");
		}
	}

	@Test
	void endsTheHighStakesAnswersWithALawyerOrTheCentreNow() {
		for (String id : List.of("claim-hearing", "ineligibility-letter", "prra")) {
			for (Language language : Language.values()) {
				FaqEntry entry = this.content.entry(id, language).orElseThrow();
				assertThat(entry.text() + entry.sms()).as(entry.file().toString())
					.containsAnyOf("lawyer", "avocat", "abogado");
			}
		}
	}

}
