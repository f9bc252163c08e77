package org.rightsline.conversation;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.rightsline.content.SmsSegments;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyLengthTests {

	private static final String LINK = "https://www.canada.ca/fr/immigration-refugies-citoyennete/services/refugies.html";

	@Test
	void leavesATextThatFitsAlone() {
		assertThat(ReplyLength.forSms("Short answer. " + LINK, 4, Locale.FRENCH)).isEqualTo("Short answer. " + LINK);
	}

	@Test
	void dropsWholeSentencesAndKeepsTheLinkAndDisclaimer() {
		String text = "Première phrase très utile. " + "Deuxième phrase assez longue, avec des détails. ".repeat(8)
				+ "Source : " + LINK + "\n\nInformation générale, pas un avis juridique.";

		String fitted = ReplyLength.forSms(text, 4, Locale.FRENCH);

		assertThat(SmsSegments.of(fitted).count()).isLessThanOrEqualTo(4);
		assertThat(fitted).startsWith("Première phrase très utile.")
			.contains(LINK)
			.endsWith("Information générale, pas un avis juridique.");
		// Every sentence kept is whole.
		String head = fitted.substring(0, fitted.indexOf("Source"));
		assertThat(head.strip()).endsWith(".");
	}

	@Test
	void neverCutsAWordInHalf() {
		String text = "word ".repeat(500).strip();

		String fitted = ReplyLength.forSms(text, 1, Locale.ENGLISH);

		assertThat(fitted).endsWith("word...");
		assertThat(SmsSegments.of(fitted).count()).isEqualTo(1);
	}

	@Test
	void keepsEveryMessageWithinSixteenHundredCharacters() {
		String text = "This is a sentence. ".repeat(200) + LINK;

		String fitted = ReplyLength.forMaximum(text, Locale.ENGLISH);

		assertThat(fitted.length()).isLessThanOrEqualTo(1600);
		assertThat(fitted).endsWith(LINK);
	}

	@Test
	void splitsALongTelegramMessageAtParagraphs() {
		String paragraph = "A paragraph of about a hundred characters, written to fill a Telegram message bit by bit. ";
		String text = (paragraph.repeat(10).strip() + "\n\n").repeat(6).strip();

		var parts = ReplyLength.split(text, 4096);

		assertThat(parts).hasSizeGreaterThan(1)
			.allSatisfy((part) -> assertThat(part.length()).isLessThanOrEqualTo(4096));
		assertThat(parts.get(0)).endsWith("bit by bit.");
		assertThat(String.join("\n\n", parts)).isEqualTo(text);
	}

}
