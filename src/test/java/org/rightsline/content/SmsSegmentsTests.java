package org.rightsline.content;

import org.junit.jupiter.api.Test;
import org.rightsline.content.SmsSegments.Encoding;

import static org.assertj.core.api.Assertions.assertThat;

class SmsSegmentsTests {

	@Test
	void countsPlainEnglishAsGsm7() {
		assertThat(SmsSegments.of("Show your paper at the clinic.").encoding()).isEqualTo(Encoding.GSM_7);
		assertThat(SmsSegments.of("a".repeat(160)).count()).isEqualTo(1);
		assertThat(SmsSegments.of("a".repeat(161)).count()).isEqualTo(2);
		assertThat(SmsSegments.of("a".repeat(306)).count()).isEqualTo(2);
		assertThat(SmsSegments.of("a".repeat(307)).count()).isEqualTo(3);
	}

	@Test
	void keepsGsm7ForAccentsOfTheGsmAlphabet() {
		// é, è, à and ù are in the GSM 03.38 alphabet: French without ê or ç stays cheap.
		assertThat(SmsSegments.of("Le médecin à côté").encoding()).isEqualTo(Encoding.UCS_2);
		assertThat(SmsSegments.of("Le médecin est là, où?").encoding()).isEqualTo(Encoding.GSM_7);
	}

	@Test
	void countsFrenchAccentsAsUcs2() {
		assertThat(SmsSegments.of("Vous êtes couvert").encoding()).isEqualTo(Encoding.UCS_2);
		assertThat(SmsSegments.of("Le reçu de la pharmacie").encoding()).isEqualTo(Encoding.UCS_2);
		SmsSegments french = SmsSegments.of("ç" + "a".repeat(70));
		assertThat(french.units()).isEqualTo(71);
		assertThat(french.count()).isEqualTo(2);
		assertThat(SmsSegments.of("ê".repeat(70)).count()).isEqualTo(1);
		assertThat(SmsSegments.of("ê".repeat(134)).count()).isEqualTo(2);
		assertThat(SmsSegments.of("ê".repeat(135)).count()).isEqualTo(3);
	}

	@Test
	void countsEmojiAsTwoUtf16Units() {
		SmsSegments emoji = SmsSegments.of("ok 👍");
		assertThat(emoji.encoding()).isEqualTo(Encoding.UCS_2);
		assertThat(emoji.units()).isEqualTo(5);
	}

	@Test
	void countsExtensionCharactersTwice() {
		SmsSegments euro = SmsSegments.of("€".repeat(80));
		assertThat(euro.encoding()).isEqualTo(Encoding.GSM_7);
		assertThat(euro.units()).isEqualTo(160);
		assertThat(euro.count()).isEqualTo(1);
	}

	@Test
	void givesCapacityPerEncoding() {
		assertThat(SmsSegments.capacity(Encoding.GSM_7, 4)).isEqualTo(612);
		assertThat(SmsSegments.capacity(Encoding.UCS_2, 4)).isEqualTo(268);
		assertThat(SmsSegments.capacity(Encoding.UCS_2, 1)).isEqualTo(70);
	}

}
