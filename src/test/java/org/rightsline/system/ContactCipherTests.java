package org.rightsline.system;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ContactCipherTests {

	private static final String OLD = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

	private static final String NEW = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=";

	private static final String LOOKUP = "ISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+P0A=";

	private final ContactCipher cipher = new ContactCipher("k1:" + OLD, "k1", LOOKUP, new MockEnvironment());

	@Test
	void encryptsWithAFreshNonceEachTimeAndDecryptsBack() {
		String first = this.cipher.encrypt("+15145550005");
		String second = this.cipher.encrypt("+15145550005");

		assertThat(first).startsWith("enc:k1:").doesNotContain("5145550005").isNotEqualTo(second);
		assertThat(this.cipher.decrypt(first)).isEqualTo("+15145550005");
		assertThat(this.cipher.decrypt(second)).isEqualTo("+15145550005");
	}

	@Test
	void findsAContactByAStableKeyedHash() {
		assertThat(this.cipher.lookup("whatsapp:+15145550005")).isEqualTo(this.cipher.lookup("whatsapp:+15145550005"))
			.isNotEqualTo(this.cipher.lookup("+15145550005"))
			.hasSize(64)
			.doesNotContain("5145550005");
	}

	@Test
	void readsOldRowsAfterAKeyRotation() {
		String underOldKey = this.cipher.encrypt("918273645");
		ContactCipher rotated = new ContactCipher("k1:" + OLD + ",k2:" + NEW, "k2", LOOKUP, new MockEnvironment());

		assertThat(rotated.encrypt("918273645")).startsWith("enc:k2:");
		assertThat(rotated.decrypt(underOldKey)).isEqualTo("918273645");
	}

	@Test
	void refusesARowWhoseKeyIsGone() {
		String underOldKey = this.cipher.encrypt("918273645");
		ContactCipher withoutOld = new ContactCipher("k2:" + NEW, "k2", LOOKUP, new MockEnvironment());

		assertThatIllegalStateException().isThrownBy(() -> withoutOld.decrypt(underOldKey));
	}

	@Test
	void refusesTamperedCiphertext() {
		String sealed = this.cipher.encrypt("+15145550005");
		int middle = sealed.length() / 2;
		char flipped = (sealed.charAt(middle) == 'A') ? 'B' : 'A';
		String tampered = sealed.substring(0, middle) + flipped + sealed.substring(middle + 1);

		assertThatIllegalStateException().isThrownBy(() -> this.cipher.decrypt(tampered));
	}

	@Test
	void refusesToStartProductionWithoutKeys() {
		MockEnvironment production = new MockEnvironment();
		production.setActiveProfiles("prod");

		assertThatIllegalStateException().isThrownBy(() -> new ContactCipher("", "", "", production))
			.withMessageContaining("CONTACT_KEYS");
	}

}
