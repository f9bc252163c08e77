package org.rightsline.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Encrypts phone numbers and chat ids at rest with AES-GCM, under the current key of a
 * key ring, each ciphertext prefixed with its key's id so that keys can be rotated (a new
 * current key for new rows, the old ones kept to read old rows). Lookups use a keyed hash
 * (HMAC-SHA256), so a number is found without being stored in clear.
 * <p>
 * Keys come from the environment: {@code CONTACT_KEYS} ({@code id:base64,id:base64},
 * 32-byte keys), {@code CONTACT_KEY_ID} (the current one) and {@code CONTACT_LOOKUP_KEY}
 * (base64). On the embedded default without them, keys are generated once into
 * {@code ./data/contact-keys.properties}; the {@code prod} profile refuses to start
 * without them.
 */
@Component
public class ContactCipher {

	private static final Logger log = LoggerFactory.getLogger(ContactCipher.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int IV_BYTES = 12;

	/** Marks an encrypted value: {@code enc:keyId:base64}. */
	private static final String PREFIX = "enc:";

	private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();

	private final String currentKeyId;

	private final SecretKeySpec lookupKey;

	ContactCipher(@Value("${rightsline.privacy.contact-keys:}") String contactKeys,
			@Value("${rightsline.privacy.contact-key-id:}") String contactKeyId,
			@Value("${rightsline.privacy.contact-lookup-key:}") String lookupKey, Environment environment) {
		if (contactKeys.isBlank() || lookupKey.isBlank()) {
			if (environment.acceptsProfiles(Profiles.of("prod"))) {
				throw new IllegalStateException(
						"CONTACT_KEYS and CONTACT_LOOKUP_KEY are not set: the prod profile refuses to store contacts without them");
			}
			Properties generated = localKeys(Path.of("data", "contact-keys.properties"));
			contactKeys = generated.getProperty("keys");
			lookupKey = generated.getProperty("lookup");
			contactKeyId = "";
		}
		for (String entry : contactKeys.split(",")) {
			String[] parts = entry.strip().split(":", 2);
			if (parts.length != 2) {
				throw new IllegalStateException("CONTACT_KEYS must read id:base64key[,id:base64key...]");
			}
			this.keys.put(parts[0], aesKey(parts[1]));
		}
		this.currentKeyId = contactKeyId.isBlank() ? this.keys.keySet().iterator().next() : contactKeyId;
		if (!this.keys.containsKey(this.currentKeyId)) {
			throw new IllegalStateException("CONTACT_KEY_ID names no key of CONTACT_KEYS");
		}
		this.lookupKey = new SecretKeySpec(Base64.getDecoder().decode(lookupKey.strip()), "HmacSHA256");
	}

	/**
	 * The contact encrypted under the current key:
	 * {@code enc:keyId:base64(iv, ciphertext and tag)}.
	 */
	public String encrypt(String contact) {
		try {
			byte[] iv = new byte[IV_BYTES];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.keys.get(this.currentKeyId), new GCMParameterSpec(128, iv));
			byte[] sealed = cipher.doFinal(contact.getBytes(StandardCharsets.UTF_8));
			byte[] out = new byte[iv.length + sealed.length];
			System.arraycopy(iv, 0, out, 0, iv.length);
			System.arraycopy(sealed, 0, out, iv.length, sealed.length);
			return PREFIX + this.currentKeyId + ":" + Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot encrypt a contact", ex);
		}
	}

	/**
	 * Whether a stored value is one of ours (older rows may still hold a contact in
	 * clear).
	 */
	public static boolean encrypted(String stored) {
		return stored != null && stored.startsWith(PREFIX);
	}

	/**
	 * The contact in clear; an erased marker, or a row from before encryption, stays as
	 * it is.
	 */
	public String decrypt(String stored) {
		if (!encrypted(stored)) {
			return stored;
		}
		stored = stored.substring(PREFIX.length());
		int colon = stored.indexOf(':');
		SecretKeySpec key = (colon > 0) ? this.keys.get(stored.substring(0, colon)) : null;
		if (key == null) {
			throw new IllegalStateException("a contact was encrypted with a key that is no longer configured");
		}
		try {
			byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, IV_BYTES));
			return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot decrypt a contact", ex);
		}
	}

	/** The keyed hash a contact is found by. */
	public String lookup(String contact) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.lookupKey);
			return HexFormat.of().formatHex(mac.doFinal(contact.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot hash a contact", ex);
		}
	}

	/** The last four digits, for the masked form staff see. */
	public static String hint(String contact) {
		String digits = contact.replaceAll("\\D", "");
		return (digits.length() > 4) ? digits.substring(digits.length() - 4) : digits;
	}

	private static SecretKeySpec aesKey(String base64) {
		byte[] key = Base64.getDecoder().decode(base64.strip());
		if (key.length != 32) {
			throw new IllegalStateException("each contact key must be 32 bytes (base64 of 32 random bytes)");
		}
		return new SecretKeySpec(key, "AES");
	}

	/** Keys for the embedded default, generated once beside its database. */
	private static Properties localKeys(Path file) {
		Properties keys = new Properties();
		try {
			if (Files.exists(file)) {
				try (var in = Files.newInputStream(file)) {
					keys.load(in);
				}
				return keys;
			}
			keys.setProperty("keys", "local:" + random32());
			keys.setProperty("lookup", random32());
			Files.createDirectories(file.getParent());
			try (var out = Files.newOutputStream(file)) {
				keys.store(out,
						"Contact keys of the embedded default. Set CONTACT_KEYS and CONTACT_LOOKUP_KEY in production.");
			}
			log.warn("Generated contact encryption keys in {}: fine for trying Rightsline, not for production", file);
			return keys;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String random32() {
		byte[] key = new byte[32];
		RANDOM.nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

}
