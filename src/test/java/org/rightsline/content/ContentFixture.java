package org.rightsline.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.List;

/**
 * A content folder for tests: one topic, entries written in each language with valid
 * defaults, and {@code with…} methods to break one thing at a time.
 */
public final class ContentFixture {

	public static final List<String> OFFICIAL = List.of("canada.ca", "quebec.ca");

	private static final String SOURCE = "https://www.canada.ca/en/immigration-refugees-citizenship.html";

	private final Path directory;

	private ContentFixture(Path directory) {
		this.directory = directory;
	}

	/**
	 * A folder with the topic {@code ifhp} holding {@code ifhp-what-is}, valid in all
	 * three languages.
	 */
	public static ContentFixture in(Path directory) {
		ContentFixture fixture = new ContentFixture(directory);
		fixture.write("topics.yaml", """
				ifhp:
				  title: {en: Health care, fr: Santé, es: Salud}
				  entries: [ifhp-what-is]
				""");
		for (Language language : Language.values()) {
			fixture.withEntry("ifhp-what-is", language, "2026-11-01");
		}
		return fixture;
	}

	public ContentFixture withEntry(String id, Language language, String reviewed) {
		return withFile("ifhp/" + id + "." + language.code() + ".md", entry(id, language, reviewed, ""));
	}

	public ContentFixture withFile(String relativePath, String text) {
		write(relativePath, text);
		return this;
	}

	public ContentFixture without(String relativePath) {
		try {
			Files.delete(this.directory.resolve(relativePath));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	public Path directory() {
		return this.directory;
	}

	public ContentProperties rules() {
		return new ContentProperties(this.directory, 4, Period.ofMonths(12), ContentProperties.StalePolicy.SERVE,
				OFFICIAL);
	}

	/** A valid entry file; {@code extraFront} is added to the front matter. */
	public static String entry(String id, Language language, String reviewed, String extraFront) {
		return """
				---
				id: %s
				lang: %s
				title: What the IFHP is
				questions:
				  - what is the ifhp
				  - is there health insurance for refugee claimants
				keywords: [blue cross]
				sources:
				  - %s
				reviewed: %s
				reviewed-by: legal clinic
				%s---
				The IFHP pays for health care of refugee claimants.

				Source: %s

				%s
				""".formatted(id, language.code(), SOURCE, reviewed, extraFront, SOURCE,
				ContentReader.DISCLAIMERS.get(language));
	}

	private void write(String relativePath, String text) {
		try {
			Path file = this.directory.resolve(relativePath);
			Files.createDirectories(file.getParent());
			Files.writeString(file, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
