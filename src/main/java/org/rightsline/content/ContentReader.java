package org.rightsline.content;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one entry file and checks what can be checked within it. Every problem found is
 * reported with the file and the line to fix, so that content staff never have to read a
 * stack trace.
 */
class ContentReader {

	static final Map<Language, String> DISCLAIMERS = Map.of(Language.EN, "General information, not legal advice.",
			Language.FR, "Information générale, pas un avis juridique.", Language.ES,
			"Información general, no es asesoría legal.");

	static final Map<Language, String> SMS_DISCLAIMERS = Map.of(Language.EN, "General info, not legal advice.",
			Language.FR, "Info générale, pas un avis juridique.", Language.ES, "Info general, no es asesoría legal.");

	private static final Parser MARKDOWN = Parser.builder().build();

	private static final TextContentRenderer PLAIN_TEXT = TextContentRenderer.builder().build();

	private final ContentProperties rules;

	private final Glossary glossary;

	ContentReader(ContentProperties rules, Glossary glossary) {
		this.rules = rules;
		this.glossary = glossary;
	}

	/** The entry, or the problems that keep it from being served. */
	Optional<FaqEntry> read(Path file, String topic, List<ContentProblem> problems) {
		int before = problems.size();
		FileProblems report = new FileProblems(file, problems);
		String source;
		try {
			source = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
		}
		catch (IOException ex) {
			report.at(1, "cannot be read as UTF-8 text (" + ex.getClass().getSimpleName() + ")");
			return Optional.empty();
		}
		List<String> lines = List.of(source.split("\n", -1));
		if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
			report.at(1, "must start with a '---' line opening the front matter");
			return Optional.empty();
		}
		int close = -1;
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).strip().equals("---")) {
				close = i;
				break;
			}
		}
		if (close < 0) {
			report.at(1, "the front matter is never closed by a '---' line");
			return Optional.empty();
		}
		FrontMatter front = FrontMatter.parse(String.join("\n", lines.subList(1, close)), report);
		if (front == null) {
			return Optional.empty();
		}
		String body = String.join("\n", lines.subList(close + 1, lines.size())).strip();
		int lastLine = lines.size();

		String[] name = file.getFileName().toString().split("\\.");
		String id = front.string("id");
		Language language = front.language();
		String title = front.string("title");
		List<String> questions = front.strings("questions", true);
		List<String> keywords = front.strings("keywords", false);
		List<Source> sources = sources(front);
		LocalDate reviewed = front.date("reviewed");
		String reviewedBy = front.string("reviewed-by");
		String sms = front.optionalString("sms");

		if (name.length != 3 || !name[2].equals("md")) {
			report.at(1, "file name must be <id>.<lang>.md");
		}
		else {
			if (id != null && !id.equals(name[0])) {
				report.at(front.line("id"), "id '" + id + "' does not match the file name '" + name[0] + "'");
			}
			if (language != null && !language.code().equals(name[1])) {
				report.at(front.line("lang"), "lang '" + language.code() + "' does not match the file name");
			}
		}
		if (body.isEmpty()) {
			report.at(close + 2, "the answer (after the front matter) is empty");
		}
		if (language != null && !body.isEmpty()) {
			if (!body.endsWith(DISCLAIMERS.get(language))) {
				report.at(lastLine, "the answer must end with the line '" + DISCLAIMERS.get(language) + "'");
			}
			if (sources != null && sources.stream().noneMatch((src) -> body.contains(src.in(language).toString()))) {
				report.at(lastLine, "the answer links none of its sources" + inLanguage(sources, language));
			}
			checkLanguage(body, "the answer", language, sources, lastLine, report);
			checkLanguage(title, "the title", language, sources, front.line("title"), report);
		}
		if (problems.size() > before) {
			return Optional.empty();
		}
		String text = PLAIN_TEXT.render(MARKDOWN.parse(body)).strip();
		String smsText = (sms != null) ? sms.strip() : text;
		checkSms(smsText, sms != null, language, sources, front.line(sms != null ? "sms" : "id"), report);
		if (sms != null) {
			checkLanguage(smsText, "the sms text", language, sources, front.line("sms"), report);
		}
		if (problems.size() > before) {
			return Optional.empty();
		}
		return Optional.of(new FaqEntry(id, topic, language, title, questions, keywords, sources, reviewed, reviewedBy,
				body, text, smsText, file));
	}

	/**
	 * A reader gets the page in their language when the sources give it, and the words of
	 * the glossary.
	 */
	private void checkLanguage(String text, String what, Language language, List<Source> sources, int line,
			FileProblems report) {
		if (text == null) {
			return;
		}
		for (Source source : (sources != null) ? sources : List.<Source>of()) {
			for (URI other : source.notFor(language)) {
				if (text.contains(withoutScheme(other))) {
					report.at(line, what + " links " + other + " though its sources give the " + language.code()
							+ " page " + source.in(language));
				}
			}
		}
		this.glossary.misuseIn(text, language)
			.ifPresent((word) -> report.at(line, what + " uses '" + word + "', which the glossary of "
					+ this.rules.directory().resolve("README.md") + " rules out in " + language.code()));
	}

	private static String inLanguage(List<Source> sources, Language language) {
		return " (" + String.join(", ", sources.stream().map((src) -> src.in(language).toString()).toList()) + ")";
	}

	private void checkSms(String sms, boolean own, Language language, List<Source> sources, int line,
			FileProblems report) {
		SmsSegments segments = SmsSegments.of(sms);
		if (segments.count() > this.rules.smsSegments()) {
			report.at(line,
					"the SMS text takes " + segments.count() + " segments (" + segments.units() + " characters as "
							+ segments.encoding() + ") but the budget is " + this.rules.smsSegments() + " (at most "
							+ SmsSegments.capacity(segments.encoding(), this.rules.smsSegments()) + " characters)");
		}
		if (own) {
			if (sources.stream().noneMatch((src) -> sms.contains(withoutScheme(src.in(language))))) {
				report.at(line, "the sms text must contain one of the sources");
			}
			if (!sms.endsWith(SMS_DISCLAIMERS.get(language))) {
				report.at(line, "the sms text must end with '" + SMS_DISCLAIMERS.get(language) + "'");
			}
		}
	}

	static String withoutScheme(URI uri) {
		return uri.toString().replaceFirst("^https://(www\\.)?", "");
	}

	/**
	 * Reads {@code sources}: each item an address, the same page in several languages
	 * ({@code en: ..., fr: ...}), or {@code secondary: ...} for a page that is not an
	 * official one.
	 */
	private List<Source> sources(FrontMatter front) {
		Object value = front.values().get("sources");
		int line = front.line("sources");
		if (!(value instanceof List<?> items) || items.isEmpty()) {
			front.report().at(line, "the field 'sources' must be a non-empty list");
			return null;
		}
		List<Source> sources = new ArrayList<>();
		for (Object item : items) {
			if (item instanceof Map<?, ?> map && map.size() == 1 && map.containsKey("secondary")) {
				URI page = address(map.get("secondary"), false, front.report(), line);
				if (page != null) {
					sources.add(new Source(page, Map.of(), true));
				}
			}
			else if (item instanceof Map<?, ?> map) {
				Map<Language, URI> versions = new LinkedHashMap<>();
				URI first = null;
				for (Map.Entry<?, ?> version : map.entrySet()) {
					Optional<Language> language = Language.fromCode(String.valueOf(version.getKey()));
					if (language.isEmpty()) {
						front.report()
							.at(line, "a source's keys are en, fr, es or secondary, not '" + version.getKey() + "'");
						continue;
					}
					URI page = address(version.getValue(), true, front.report(), line);
					if (page != null) {
						versions.put(language.get(), page);
						first = (first != null) ? first : page;
					}
				}
				if (first != null) {
					sources.add(new Source(first, versions, false));
				}
			}
			else {
				URI page = address(item, true, front.report(), line);
				if (page != null) {
					sources.add(new Source(page, Map.of(), false));
				}
			}
		}
		return sources;
	}

	private URI address(Object value, boolean official, FileProblems report, int line) {
		String text = String.valueOf(value).strip();
		try {
			URI uri = new URI(text);
			if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
				report.at(line, "source '" + text + "' is not an https:// address");
				return null;
			}
			if (official && !isOfficial(uri.getHost())) {
				report.at(line, "source '" + text + "' is not on an official domain"
						+ " (rightsline.content.official-domains); mark it 'secondary:' if it is not a government page");
				return null;
			}
			return uri;
		}
		catch (URISyntaxException ex) {
			report.at(line, "source '" + text + "' is not a valid address");
			return null;
		}
	}

	private boolean isOfficial(String host) {
		return this.rules.officialDomains()
			.stream()
			.anyMatch((domain) -> host.equalsIgnoreCase(domain) || host.toLowerCase().endsWith("." + domain));
	}

	/** Collects the problems of one file. */
	record FileProblems(Path file, List<ContentProblem> problems) {

		void at(int line, String message) {
			this.problems.add(new ContentProblem(this.file, line, message));
		}

	}

	/**
	 * The YAML between the two '---' lines, read with line numbers kept for error
	 * messages.
	 */
	record FrontMatter(Map<String, Object> values, List<String> lines, FileProblems report) {

		static FrontMatter parse(String yaml, FileProblems report) {
			try {
				// A field written twice is a mistake to show, not a choice to make
				// silently.
				LoaderOptions options = new LoaderOptions();
				options.setAllowDuplicateKeys(false);
				Object loaded = new Yaml(new SafeConstructor(options)).load(yaml);
				if (!(loaded instanceof Map<?, ?> map)) {
					report.at(2, "the front matter must be a list of 'field: value' lines");
					return null;
				}
				@SuppressWarnings("unchecked")
				Map<String, Object> values = (Map<String, Object>) map;
				return new FrontMatter(values, List.of(yaml.split("\n", -1)), report);
			}
			catch (MarkedYAMLException ex) {
				int line = (ex.getProblemMark() != null) ? ex.getProblemMark().getLine() + 2 : 2;
				report.at(line, "the front matter is not valid YAML: " + ex.getProblem());
				return null;
			}
			catch (YAMLException ex) {
				report.at(2, "the front matter is not valid YAML");
				return null;
			}
		}

		/** The file line of a field, counting the opening '---' as line 1. */
		int line(String field) {
			for (int i = 0; i < this.lines.size(); i++) {
				if (this.lines.get(i).startsWith(field + ":")) {
					return i + 2;
				}
			}
			return 2;
		}

		String string(String field) {
			Object value = this.values.get(field);
			if (value == null || value.toString().isBlank()) {
				this.report.at(line(field), "the field '" + field + "' is missing or empty");
				return null;
			}
			return value.toString().strip();
		}

		String optionalString(String field) {
			Object value = this.values.get(field);
			return (value == null || value.toString().isBlank()) ? null : value.toString();
		}

		List<String> strings(String field, boolean required) {
			Object value = this.values.get(field);
			if (value == null) {
				if (required) {
					this.report.at(line(field), "the field '" + field + "' is missing");
					return null;
				}
				return List.of();
			}
			if (!(value instanceof List<?> list) || list.isEmpty() && required) {
				this.report.at(line(field), "the field '" + field + "' must be a non-empty list");
				return null;
			}
			return list.stream().map(String::valueOf).map(String::strip).filter((s) -> !s.isEmpty()).toList();
		}

		Language language() {
			String code = string("lang");
			if (code == null) {
				return null;
			}
			Optional<Language> language = Language.fromCode(code);
			if (language.isEmpty()) {
				this.report.at(line("lang"), "unknown language '" + code + "' (en, fr or es)");
			}
			return language.orElse(null);
		}

		LocalDate date(String field) {
			Object value = this.values.get(field);
			if (value instanceof Date date) {
				return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
			}
			try {
				return LocalDate.parse(String.valueOf(value).strip());
			}
			catch (DateTimeParseException ex) {
				this.report.at(line(field), "the field '" + field + "' must be a date such as 2026-11-28");
				return null;
			}
		}

	}

}
