package org.rightsline.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The whole FAQ, loaded and checked: every topic of {@code topics.yaml}, every entry in
 * every language. It is built all at once or not at all ({@link ContentRejected}), so the
 * service never answers from a half-loaded FAQ.
 */
public final class FaqContent {

	private static final String TOPICS_FILE = "topics.yaml";

	private static final String OUT_OF_SCOPE_FOLDER = "out-of-scope";

	private final List<Topic> topics;

	private final Map<String, Map<Language, FaqEntry>> entries;

	private final Set<FaqEntry> stale;

	private final List<OutOfScopeTopic> outOfScope;

	private FaqContent(List<Topic> topics, Map<String, Map<Language, FaqEntry>> entries, Set<FaqEntry> stale,
			List<OutOfScopeTopic> outOfScope) {
		this.topics = topics;
		this.entries = entries;
		this.stale = stale;
		this.outOfScope = outOfScope;
	}

	/**
	 * Reads and checks the content folder.
	 * @param today the date against which {@code reviewed} dates are aged
	 * @throws ContentRejected naming every broken file and line
	 */
	public static FaqContent load(ContentProperties rules, LocalDate today) {
		Path directory = rules.directory();
		List<ContentProblem> problems = new ArrayList<>();
		List<Topic> topics = readTopics(directory.resolve(TOPICS_FILE), problems);
		Map<String, String> topicOfId = new LinkedHashMap<>();
		topics.forEach((topic) -> topic.entryIds().forEach((id) -> topicOfId.put(id, topic.id())));

		ContentReader reader = new ContentReader(rules, Glossary.read(directory.resolve("README.md"), problems));
		Map<String, Map<Language, FaqEntry>> entries = new LinkedHashMap<>();
		topicOfId.keySet().forEach((id) -> entries.put(id, new EnumMap<>(Language.class)));
		for (Path file : markdownFiles(directory, problems)) {
			String topic = directory.relativize(file).getName(0).toString();
			Optional<FaqEntry> read = reader.read(file, topic, problems);
			if (read.isEmpty()) {
				continue;
			}
			FaqEntry entry = read.get();
			if (!topicOfId.containsKey(entry.id())) {
				problems.add(new ContentProblem(file, 2,
						"unknown id '" + entry.id() + "': add it to a topic in " + directory.resolve(TOPICS_FILE)));
			}
			else if (!topicOfId.get(entry.id()).equals(topic)) {
				problems.add(new ContentProblem(file, 2, "entry '" + entry.id() + "' belongs in the folder '"
						+ topicOfId.get(entry.id()) + "' (" + TOPICS_FILE + ")"));
			}
			else if (entries.get(entry.id()).putIfAbsent(entry.language(), entry) != null) {
				problems.add(new ContentProblem(file, 2,
						"a second file for '" + entry.id() + "' in " + entry.language().code()));
			}
		}
		entries.forEach((id, byLanguage) -> {
			for (Language language : Language.values()) {
				if (!byLanguage.containsKey(language)) {
					problems.add(new ContentProblem(
							directory.resolve(topicOfId.get(id)).resolve(id + "." + language.code() + ".md"), 1,
							"missing: every entry must exist in " + languageCodes()));
				}
			}
		});
		List<OutOfScopeTopic> outOfScope = readOutOfScope(directory.resolve(OUT_OF_SCOPE_FOLDER), problems);
		if (!problems.isEmpty()) {
			throw new ContentRejected(problems);
		}
		LocalDate oldestFresh = today.minus(rules.maxAge());
		Set<FaqEntry> stale = entries.values()
			.stream()
			.flatMap((byLanguage) -> byLanguage.values().stream())
			.filter((entry) -> entry.reviewed().isBefore(oldestFresh))
			.collect(Collectors.toUnmodifiableSet());
		return new FaqContent(List.copyOf(topics), entries, stale, outOfScope);
	}

	public List<Topic> topics() {
		return this.topics;
	}

	public Optional<Topic> topic(String id) {
		return this.topics.stream().filter((topic) -> topic.id().equals(id)).findFirst();
	}

	public Optional<FaqEntry> entry(String id, Language language) {
		return Optional.ofNullable(this.entries.get(id)).map((byLanguage) -> byLanguage.get(language));
	}

	public List<FaqEntry> entries() {
		return this.entries.values().stream().flatMap((byLanguage) -> byLanguage.values().stream()).toList();
	}

	public List<FaqEntry> entries(Language language) {
		return this.entries.values().stream().map((byLanguage) -> byLanguage.get(language)).toList();
	}

	/** The subjects known to be outside the FAQ, in one language. */
	public List<OutOfScopeTopic> outOfScope(Language language) {
		return this.outOfScope.stream().filter((topic) -> topic.language() == language).toList();
	}

	/**
	 * The same FAQ with some of each entry's questions, and of each subject outside it,
	 * left out (for the evaluation's folds: how well the index reads ways of asking it
	 * has never seen).
	 * @param leftOut whether the question at a position of its entry or subject is left
	 * out
	 */
	public FaqContent withoutQuestions(IntPredicate leftOut) {
		Map<String, Map<Language, FaqEntry>> kept = new LinkedHashMap<>();
		this.entries.forEach((id, byLanguage) -> {
			Map<Language, FaqEntry> copies = new EnumMap<>(Language.class);
			byLanguage.forEach((language, entry) -> {
				List<String> questions = kept(entry.questions(), leftOut);
				copies.put(language,
						new FaqEntry(entry.id(), entry.topic(), entry.language(), entry.title(), questions,
								entry.keywords(), entry.sources(), entry.reviewed(), entry.reviewedBy(), entry.body(),
								entry.text(), entry.sms(), entry.file()));
			});
			kept.put(id, copies);
		});
		List<OutOfScopeTopic> outOfScopeKept = this.outOfScope.stream()
			.map((topic) -> new OutOfScopeTopic(topic.name(), topic.language(), kept(topic.questions(), leftOut)))
			.toList();
		return new FaqContent(this.topics, kept, Set.of(), outOfScopeKept);
	}

	private static List<String> kept(List<String> questions, IntPredicate leftOut) {
		List<String> kept = new ArrayList<>();
		for (int i = 0; i < questions.size(); i++) {
			if (!leftOut.test(i)) {
				kept.add(questions.get(i));
			}
		}
		return List.copyOf(kept);
	}

	/** Entries whose {@code reviewed} date is older than the configured age. */
	public Collection<FaqEntry> stale() {
		return this.stale;
	}

	public boolean isStale(FaqEntry entry) {
		return this.stale.contains(entry);
	}

	private static String languageCodes() {
		return Stream.of(Language.values()).map(Language::code).collect(Collectors.joining(", "));
	}

	private static List<Path> markdownFiles(Path directory, List<ContentProblem> problems) {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile)
				.filter((file) -> file.getFileName().toString().endsWith(".md"))
				.filter((file) -> directory.relativize(file).getNameCount() == 2)
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			problems.add(new ContentProblem(directory, 0, "the content folder cannot be read"));
			return List.of();
		}
	}

	/**
	 * Reads {@code out-of-scope/<lang>.txt}: a {@code # topic} line, then one way of
	 * asking a line. A language without a file simply has no known gaps.
	 */
	private static List<OutOfScopeTopic> readOutOfScope(Path folder, List<ContentProblem> problems) {
		List<OutOfScopeTopic> topics = new ArrayList<>();
		for (Language language : Language.values()) {
			Path file = folder.resolve(language.code() + ".txt");
			if (!Files.isRegularFile(file)) {
				continue;
			}
			try {
				List<String> lines = Files.readAllLines(file);
				String name = null;
				List<String> questions = new ArrayList<>();
				for (int i = 0; i < lines.size(); i++) {
					String line = lines.get(i).strip();
					if (line.startsWith("#")) {
						if (name != null && !questions.isEmpty()) {
							topics.add(new OutOfScopeTopic(name, language, List.copyOf(questions)));
						}
						name = line.substring(1).strip();
						questions.clear();
					}
					else if (!line.isEmpty()) {
						if (name == null) {
							problems.add(new ContentProblem(file, i + 1, "a question before any '# topic' line"));
							break;
						}
						questions.add(line);
					}
				}
				if (name != null && !questions.isEmpty()) {
					topics.add(new OutOfScopeTopic(name, language, List.copyOf(questions)));
				}
			}
			catch (IOException ex) {
				problems.add(new ContentProblem(file, 0, "cannot be read as UTF-8 text"));
			}
		}
		return List.copyOf(topics);
	}

	@SuppressWarnings("unchecked")
	private static List<Topic> readTopics(Path file, List<ContentProblem> problems) {
		List<Topic> topics = new ArrayList<>();
		try {
			Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
			if (!(loaded instanceof Map<?, ?> map)) {
				problems.add(new ContentProblem(file, 1, "must map each topic to its titles and entries"));
				return topics;
			}
			for (Map.Entry<?, ?> topic : map.entrySet()) {
				Map<String, Object> fields = (topic.getValue() instanceof Map<?, ?> m) ? (Map<String, Object>) m
						: Map.of();
				Map<Language, String> titles = new EnumMap<>(Language.class);
				if (fields.get("title") instanceof Map<?, ?> byCode) {
					byCode.forEach((code, title) -> Language.fromCode(String.valueOf(code))
						.ifPresent((language) -> titles.put(language, String.valueOf(title))));
				}
				List<String> ids = (fields.get("entries") instanceof List<?> list)
						? list.stream().map(String::valueOf).toList() : List.of();
				if (titles.size() != Language.values().length || ids.isEmpty()) {
					problems.add(new ContentProblem(file, 1, "topic '" + topic.getKey() + "' needs a title in each of "
							+ languageCodes() + " and a list of entries"));
				}
				topics.add(new Topic(String.valueOf(topic.getKey()), titles, ids));
			}
		}
		catch (IOException ex) {
			problems.add(new ContentProblem(file, 0, "cannot be read"));
		}
		catch (YAMLException ex) {
			problems.add(new ContentProblem(file, 1,
					"is not valid YAML: " + ex.getMessage().lines().findFirst().orElse("")));
		}
		return topics;
	}

}
