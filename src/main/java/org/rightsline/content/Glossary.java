package org.rightsline.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One term for each thing in each language: the table under {@code ## Glossary} in
 * {@code content/README.md}, which content staff keep. Its last column lists, per
 * language, the words that must never appear in an answer ({@code es: hoja marrón, tú;
 * fr: remplir l'ordonnance}): the variants the glossary replaced, and the Spanish of
 * {@code tú} where every answer says {@code usted}. Questions are not held to it: people
 * write as they write.
 */
public final class Glossary {

	private static final Pattern NEVER_PART = Pattern.compile("\\s*(en|fr|es)\\s*:\\s*(.*)");

	private final Map<Language, List<Pattern>> never;

	private Glossary(Map<Language, List<Pattern>> never) {
		this.never = never;
	}

	static Glossary none() {
		return new Glossary(Map.of());
	}

	/**
	 * Reads the glossary of the content folder's README; a folder without one (a test's)
	 * has none.
	 */
	static Glossary read(Path readme, List<ContentProblem> problems) {
		if (!Files.exists(readme)) {
			return none();
		}
		List<String> lines;
		try {
			lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			problems.add(new ContentProblem(readme, 1, "cannot be read as UTF-8 text"));
			return none();
		}
		Map<Language, List<Pattern>> never = new EnumMap<>(Language.class);
		boolean inGlossary = false;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.startsWith("## ")) {
				inGlossary = line.equalsIgnoreCase("## Glossary");
				continue;
			}
			if (!inGlossary || !line.startsWith("|") || line.startsWith("| ---") || line.startsWith("|---")) {
				continue;
			}
			String[] cells = line.substring(1).split("\\|", -1);
			if (cells.length < 5 || cells[0].strip().equalsIgnoreCase("en")) {
				continue;
			}
			for (String part : cells[3].split(";")) {
				if (part.isBlank()) {
					continue;
				}
				Matcher matcher = NEVER_PART.matcher(part);
				if (!matcher.matches()) {
					problems.add(new ContentProblem(readme, i + 1,
							"glossary: write the words to avoid as 'es: word, word; fr: word'"));
					continue;
				}
				Language language = Language.fromCode(matcher.group(1)).orElseThrow();
				for (String word : matcher.group(2).split(",")) {
					if (!word.isBlank()) {
						never.computeIfAbsent(language, (l) -> new ArrayList<>()).add(wordPattern(word.strip()));
					}
				}
			}
		}
		return new Glossary(never);
	}

	/** The first word the glossary rules out that the text uses, if any. */
	Optional<String> misuseIn(String text, Language language) {
		for (Pattern pattern : this.never.getOrDefault(language, List.of())) {
			Matcher matcher = pattern.matcher(text);
			if (matcher.find()) {
				return Optional.of(matcher.group().toLowerCase(Locale.ROOT));
			}
		}
		return Optional.empty();
	}

	private static Pattern wordPattern(String word) {
		return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

}
