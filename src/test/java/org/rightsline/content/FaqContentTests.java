package org.rightsline.content;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FaqContentTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	@TempDir
	Path folder;

	@Test
	void loadsAValidEntryInEveryLanguage() {
		FaqContent content = FaqContent.load(ContentFixture.in(this.folder).rules(), TODAY);

		assertThat(content.entries()).hasSize(3);
		FaqEntry french = content.entry("ifhp-what-is", Language.FR).orElseThrow();
		assertThat(french.questions()).contains("what is the ifhp");
		assertThat(french.topic()).isEqualTo("ifhp");
		assertThat(french.sms()).startsWith("The IFHP pays").endsWith("pas un avis juridique.");
		assertThat(content.stale()).isEmpty();
	}

	@Test
	void reportsBrokenYamlWithPathAndLine() {
		ContentFixture fixture = ContentFixture.in(this.folder)
			.withFile("ifhp/ifhp-what-is.fr.md", ContentFixture.entry("ifhp-what-is", Language.FR, "2026-11-01", "")
				.replace("title: What the IFHP is", "title: [unclosed"));

		assertThatExceptionOfType(ContentRejected.class).isThrownBy(() -> FaqContent.load(fixture.rules(), TODAY))
			.satisfies((ex) -> {
				assertThat(ex.problems()).first().satisfies((problem) -> {
					assertThat(problem.file()).hasFileName("ifhp-what-is.fr.md");
					assertThat(problem.line()).isBetween(4, 6);
					assertThat(problem.message()).contains("not valid YAML");
				});
				assertThat(ex.getMessage()).contains("ifhp-what-is.fr.md:").contains("nothing was loaded");
			});
	}

	@Test
	void refusesAnEntryMissingALanguage() {
		ContentFixture fixture = ContentFixture.in(this.folder).without("ifhp/ifhp-what-is.es.md");

		assertThatExceptionOfType(ContentRejected.class).isThrownBy(() -> FaqContent.load(fixture.rules(), TODAY))
			.withMessageContaining("ifhp-what-is.es.md:1: missing");
	}

	@Test
	void refusesAnUnknownId() {
		ContentFixture fixture = ContentFixture.in(this.folder)
			.withFile("ifhp/ifhp-typo.en.md", ContentFixture.entry("ifhp-typo", Language.EN, "2026-11-01", ""));

		assertThatExceptionOfType(ContentRejected.class).isThrownBy(() -> FaqContent.load(fixture.rules(), TODAY))
			.withMessageContaining("unknown id 'ifhp-typo'");
	}

	@Test
	void refusesALanguageThatDoesNotMatchTheFileName() {
		ContentFixture fixture = ContentFixture.in(this.folder)
			.withFile("ifhp/ifhp-what-is.es.md", ContentFixture.entry("ifhp-what-is", Language.FR, "2026-11-01", ""));

		assertThatExceptionOfType(ContentRejected.class).isThrownBy(() -> FaqContent.load(fixture.rules(), TODAY))
			.withMessageContaining("ifhp-what-is.es.md:3: lang 'fr' does not match the file name");
	}

	@Test
	void refusesAnUnofficialSource() {
		ContentFixture fixture = ContentFixture.in(this.folder)
			.withFile("ifhp/ifhp-what-is.en.md",
					ContentFixture.entry("ifhp-what-is", Language.EN, "2026-11-01", "")
						.replace("https://www.canada.ca/en/immigration-refugees-citizenship.html\nreviewed",
								"https://some-blog.example/ifhp\nreviewed"));

		assertThatExceptionOfType(ContentRejected.class).isThrownBy(() -> FaqContent.load(fixture.rules(), TODAY))
			.withMessageContaining("is not on an official domain");
	}

	@Test
	void refusesAnAnswerWithoutTheNotLegalAdviceLine() {
		ContentFixture fixture = ContentFixture.in(this.folder)
			.withFile("ifhp/ifhp-what-is.en.md", ContentFixture.entry("ifhp-what-is", Language.EN, "2026-11-01", "")
				.replace("General information, not legal advice.", ""));

		assertThatExceptionOfType(ContentRejected.class).isThrownBy(() -> FaqContent.load(fixture.rules(), TODAY))
			.withMessageContaining("must end with the line 'General information, not legal advice.'");
	}

	@Test
	void refusesAnSmsOverTheSegmentBudgetCountingFrenchAccentsAsUcs2() {
		// 270 characters with a 'ê': UCS-2, 5 segments of 67, over the default budget of
		// 4.
		String sms = "Vous êtes couvert. " + "x".repeat(180)
				+ " canada.ca/en/immigration-refugees-citizenship.html Info générale, pas un avis juridique.";
		ContentFixture fixture = ContentFixture.in(this.folder)
			.withFile("ifhp/ifhp-what-is.fr.md",
					ContentFixture.entry("ifhp-what-is", Language.FR, "2026-11-01", "sms: " + sms + "\n"));

		assertThatExceptionOfType(ContentRejected.class).isThrownBy(() -> FaqContent.load(fixture.rules(), TODAY))
			.withMessageContaining("ifhp-what-is.fr.md:13: the SMS text takes 5 segments")
			.withMessageContaining("as UCS_2");
	}

	@Test
	void flagsAnEntryReviewedLongerAgoThanTheMaximumAge() {
		ContentFixture fixture = ContentFixture.in(this.folder).withEntry("ifhp-what-is", Language.ES, "2025-10-01");

		FaqContent content = FaqContent.load(fixture.rules(), TODAY);

		assertThat(content.stale()).singleElement().satisfies((entry) -> {
			assertThat(entry.language()).isEqualTo(Language.ES);
			assertThat(content.isStale(entry)).isTrue();
		});
	}

	@Test
	void reportsEveryBrokenFileAtOnce() {
		ContentFixture fixture = ContentFixture.in(this.folder)
			.withFile("ifhp/ifhp-what-is.en.md", "no front matter")
			.withFile("ifhp/ifhp-what-is.fr.md", "---\nid: ifhp-what-is\n");

		assertThatExceptionOfType(ContentRejected.class).isThrownBy(() -> FaqContent.load(fixture.rules(), TODAY))
			.satisfies((ex) -> assertThat(ex.problems()).extracting((p) -> p.file().getFileName().toString())
				.contains("ifhp-what-is.en.md", "ifhp-what-is.fr.md"));
	}

	@Test
	void sendsEachReaderToThePageInTheirLanguage() {
		String sources = """
				  - en: https://www.canada.ca/en/immigration-refugees-citizenship.html
				    fr: https://www.canada.ca/fr/immigration-refugies-citoyennete.html
				""";
		ContentFixture fixture = ContentFixture.in(this.folder);
		for (Language language : Language.values()) {
			String entry = ContentFixture.entry("ifhp-what-is", language, "2026-11-01", "")
				.replace("  - https://www.canada.ca/en/immigration-refugees-citizenship.html\n", sources);
			if (language == Language.FR) {
				entry = entry.replace("Source: https://www.canada.ca/en/immigration-refugees-citizenship.html",
						"Source: https://www.canada.ca/fr/immigration-refugies-citoyennete.html");
			}
			fixture.withFile("ifhp/ifhp-what-is." + language.code() + ".md", entry);
		}

		FaqContent content = FaqContent.load(fixture.rules(), TODAY);

		assertThat(content.entry("ifhp-what-is", Language.FR).orElseThrow().source())
			.hasToString("https://www.canada.ca/fr/immigration-refugies-citoyennete.html");
		assertThat(content.entry("ifhp-what-is", Language.ES).orElseThrow().source())
			.hasToString("https://www.canada.ca/en/immigration-refugees-citizenship.html");

		fixture.withFile("ifhp/ifhp-what-is.fr.md", ContentFixture.entry("ifhp-what-is", Language.FR, "2026-11-01", "")
			.replace("  - https://www.canada.ca/en/immigration-refugees-citizenship.html\n", sources));
		assertThatExceptionOfType(ContentRejected.class).isThrownBy(() -> FaqContent.load(fixture.rules(), TODAY))
			.withMessageContaining("ifhp-what-is.fr.md")
			.withMessageContaining("links https://www.canada.ca/en/immigration-refugees-citizenship.html though its "
					+ "sources give the fr page https://www.canada.ca/fr/immigration-refugies-citoyennete.html");
	}

	@Test
	void acceptsAPageOutsideTheOfficialDomainsOnlyWhenMarkedSecondary() {
		String marked = ContentFixture.entry("ifhp-what-is", Language.EN, "2026-11-01", "")
			.replace("reviewed: 2026", "  - secondary: https://www.legalaid.on.ca/in-briefs/\nreviewed: 2026");
		ContentFixture fixture = ContentFixture.in(this.folder).withFile("ifhp/ifhp-what-is.en.md", marked);

		FaqEntry entry = FaqContent.load(fixture.rules(), TODAY).entry("ifhp-what-is", Language.EN).orElseThrow();

		assertThat(entry.sources()).extracting(Source::secondary).containsExactly(false, true);
		assertThat(entry.source()).hasToString("https://www.canada.ca/en/immigration-refugees-citizenship.html");

		fixture.withFile("ifhp/ifhp-what-is.en.md", marked.replace("  - secondary: https", "  - https"));
		assertThatExceptionOfType(ContentRejected.class).isThrownBy(() -> FaqContent.load(fixture.rules(), TODAY))
			.withMessageContaining("'https://www.legalaid.on.ca/in-briefs/' is not on an official domain");
	}

	@Test
	void holdsAnswersButNotQuestionsToTheGlossary() {
		ContentFixture fixture = ContentFixture.in(this.folder).withFile("README.md", """
				# FAQ content

				## Glossary

				| en | fr | es | never |
				| --- | --- | --- | --- |
				| brown paper | feuille brune | papel marrón | es: hoja marrón, hoja café |
				| you | vous | usted | es: tú, tienes |

				## Next
				""");
		String spanish = ContentFixture.entry("ifhp-what-is", Language.ES, "2026-11-01", "")
			.replace("  - what is the ifhp\n", "  - tienes info del pfsi? perdi mi hoja marrón\n");
		fixture.withFile("ifhp/ifhp-what-is.es.md", spanish);

		assertThat(FaqContent.load(fixture.rules(), TODAY).entries()).hasSize(3);

		fixture.withFile("ifhp/ifhp-what-is.es.md",
				spanish.replace("The IFHP pays", "Si tienes tu Hoja Marrón, the IFHP pays"));
		assertThatExceptionOfType(ContentRejected.class).isThrownBy(() -> FaqContent.load(fixture.rules(), TODAY))
			.withMessageContaining("ifhp-what-is.es.md")
			.withMessageContaining("the answer uses 'hoja marrón', which the glossary of");
	}

	@Test
	void needsToKnowWhoReviewedAnEntry() {
		ContentFixture fixture = ContentFixture.in(this.folder)
			.withFile("ifhp/ifhp-what-is.en.md", ContentFixture.entry("ifhp-what-is", Language.EN, "2026-11-01", "")
				.replace("reviewed-by: legal clinic\n", ""));

		assertThatExceptionOfType(ContentRejected.class).isThrownBy(() -> FaqContent.load(fixture.rules(), TODAY))
			.withMessageContaining("the field 'reviewed-by' is missing or empty");
	}

	@Test
	void refusesAFieldWrittenTwice() {
		ContentFixture fixture = ContentFixture.in(this.folder)
			.withFile("ifhp/ifhp-what-is.en.md", ContentFixture.entry("ifhp-what-is", Language.EN, "2026-11-01", "")
				.replace("reviewed-by: legal clinic\n", "reviewed-by: legal clinic\nreviewed: 2026-12-01\n"));

		assertThatExceptionOfType(ContentRejected.class).isThrownBy(() -> FaqContent.load(fixture.rules(), TODAY))
			.withMessageContaining("ifhp-what-is.en.md")
			.withMessageContaining("found duplicate key reviewed");
	}

}
