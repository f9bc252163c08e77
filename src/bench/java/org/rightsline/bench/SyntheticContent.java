package org.rightsline.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A content folder {@code scale} times the size of {@code content/}: the shipped entries,
 * plus {@code scale - 1} variants of each whose title, questions and answer have half
 * their words swapped for other words of the same language. The variants compete with
 * the real entries for every question, as a larger FAQ on the same subjects would; they
 * pass the same checks as real content.
 */
final class SyntheticContent {

	private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}']*");

	private static final Pattern LANGUAGE = Pattern.compile("\\.(en|fr|es)\\.md$");

	private final Path source;

	private final Random random = new Random(42);

	private final Map<String, List<String>> vocabulary = new HashMap<>();

	SyntheticContent(Path source) {
		this.source = source;
	}

	/** Writes the folder and returns it; scale 1 is the shipped content itself. */
	Path write(int scale) {
		if (scale == 1) {
			return this.source;
		}
		try {
			Path target = Files.createTempDirectory("rightsline-content-x" + scale);
			List<Path> entries = entryFiles();
			for (Path file : entries) {
				words(file);
			}
			copyTree(target);
			for (Path file : entries) {
				for (int copy = 1; copy < scale; copy++) {
					writeVariant(file, target, copy);
				}
			}
			writeTopics(target, scale);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<Path> entryFiles() throws IOException {
		try (Stream<Path> files = Files.walk(this.source)) {
			return files.filter((file) -> LANGUAGE.matcher(file.getFileName().toString()).find()).sorted().toList();
		}
	}

	private void words(Path file) throws IOException {
		List<String> words = this.vocabulary.computeIfAbsent(language(file), (code) -> new ArrayList<>());
		Matcher matcher = WORD.matcher(Files.readString(file));
		while (matcher.find()) {
			words.add(matcher.group());
		}
	}

	private void copyTree(Path target) throws IOException {
		try (Stream<Path> files = Files.walk(this.source)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path copy = target.resolve(this.source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				}
				// Not the README: its glossary would refuse the variants' swapped words.
				else if (!file.getFileName().toString().equals("topics.yaml")
						&& !file.getFileName().toString().equals("README.md")) {
					Files.copy(file, copy);
				}
			}
		}
	}

	/**
	 * A variant keeps the front matter's shape, the sources, the SMS text and the closing
	 * lines, which the content checks need; everything a search reads is scrambled.
	 */
	private void writeVariant(Path file, Path target, int copy) throws IOException {
		String language = language(file);
		String name = file.getFileName().toString();
		String id = name.substring(0, name.indexOf('.'));
		List<String> lines = Files.readAllLines(file);
		int closing = lines.subList(1, lines.size()).indexOf("---") + 1;
		int lastText = lines.size() - 1;
		while (lines.get(lastText).isBlank()) {
			lastText--;
		}
		List<String> out = new ArrayList<>();
		String field = "";
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (i > 0 && i < closing && !line.startsWith(" ")) {
				field = line.contains(":") ? line.substring(0, line.indexOf(':')) : field;
			}
			if (line.equals("id: " + id)) {
				out.add("id: " + id + "-x" + copy);
			}
			else if (i < closing && line.startsWith("title: ")) {
				out.add("title: " + scramble(line.substring(7), language));
			}
			else if (i < closing && field.equals("questions") && line.startsWith("  - ")) {
				out.add("  - " + scramble(line.substring(4), language));
			}
			else if (i > closing && i < lastText && !line.contains("http") && !line.isBlank()) {
				out.add(scramble(line, language));
			}
			else {
				out.add(line);
			}
		}
		Path variant = target.resolve(this.source.relativize(file.getParent()).toString())
			.resolve(id + "-x" + copy + "." + language + ".md");
		Files.write(variant, out);
	}

	private void writeTopics(Path target, int scale) throws IOException {
		Pattern entryLine = Pattern.compile("^(\\s+- )([a-z0-9-]+)$");
		List<String> out = new ArrayList<>();
		boolean inEntries = false;
		for (String line : Files.readAllLines(this.source.resolve("topics.yaml"))) {
			out.add(line);
			if (!line.startsWith("    ") && !line.isBlank()) {
				inEntries = line.trim().equals("entries:");
			}
			Matcher entry = entryLine.matcher(line);
			if (inEntries && entry.matches()) {
				for (int copy = 1; copy < scale; copy++) {
					out.add(entry.group(1) + entry.group(2) + "-x" + copy);
				}
			}
		}
		Files.write(target.resolve("topics.yaml"), out);
	}

	/** Half the words swapped, YAML-safe: words only, never markup. */
	private String scramble(String text, String language) {
		List<String> words = this.vocabulary.get(language);
		Matcher matcher = WORD.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String word = this.random.nextBoolean() ? words.get(this.random.nextInt(words.size())) : matcher.group();
			out.append((out.length() == 0) ? "" : " ").append(word);
		}
		return (out.length() == 0) ? "text" : out.toString();
	}

	private static String language(Path file) {
		Matcher matcher = LANGUAGE.matcher(file.getFileName().toString());
		matcher.find();
		return matcher.group(1);
	}

}
