package org.rightsline.content;

import java.util.Locale;
import java.util.Optional;

/** The languages Rightsline answers in. Every FAQ entry exists in each of them. */
public enum Language {

	EN(Locale.ENGLISH), FR(Locale.FRENCH), ES(Locale.forLanguageTag("es"));

	private final Locale locale;

	Language(Locale locale) {
		this.locale = locale;
	}

	public Locale locale() {
		return this.locale;
	}

	/**
	 * The two-letter code used in file names and settings: {@code en}, {@code fr},
	 * {@code es}.
	 */
	public String code() {
		return this.locale.getLanguage();
	}

	public static Optional<Language> fromCode(String code) {
		for (Language language : values()) {
			if (language.code().equalsIgnoreCase(code == null ? "" : code.trim())) {
				return Optional.of(language);
			}
		}
		return Optional.empty();
	}

}
