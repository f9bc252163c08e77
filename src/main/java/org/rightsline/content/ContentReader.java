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

	ContentReader(ContentProperties rules) {
		this.rules = rules;
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
		List<URI> sources = sources(front);
		LocalDate reviewed = front.date("reviewed");
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
			if (sources != null && sources.stream().noneMatch((uri) -> body.contains(uri.toString()))) {
				report.at(lastLine, "the answer links none of its sources");
			}
		}
		if (problems.size() > before) {
			return Optional.empty();
		}
		String text = PLAIN_TEXT.render(MARKDOWN.parse(body)).strip();
		String smsText = (sms != null) ? sms.strip() : text;
		checkSms(smsText, sms != null, language, sources, front.line(sms != null ? "sms" : "id"), report);
		if (problems.size() > before) {
			return Optional.empty();
		}
		return Optional.of(new FaqEntry(id, topic, language, title, questions, keywords, sources, reviewed, body, text,
				smsText, file));
	}

	private void checkSms(String sms, boolean own, Language language, List<URI> sources, int line,
			FileProblems report) {
		SmsSegments segments = SmsSegments.of(sms);
		if (segments.count() > this.rules.smsSegments()) {
			report.at(line,
					"the SMS text takes " + segments.count() + " segments (" + segments.units() + " characters as "
							+ segments.encoding() + ") but the budget is " + this.rules.smsSegments() + " (at most "
							+ SmsSegments.capacity(segments.encoding(), this.rules.smsSegments()) + " characters)");
		}
		if (own) {
			if (sources.stream().noneMatch((uri) -> sms.contains(withoutScheme(uri)))) {
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

	private List<URI> sources(FrontMatter front) {
		List<String> values = front.strings("sources", true);
		if (values == null) {
			return null;
		}
		List<URI> sources = new ArrayList<>();
		for (String value : values) {
			try {
				URI uri = new URI(value.strip());
				if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
					front.report().at(front.line("sources"), "source '" + value + "' is not an https:// address");
				}
				else if (!isOfficial(uri.getHost())) {
					front.report()
						.at(front.line("sources"), "source '" + value
								+ "' is not on an official domain (rightsline.content.official-domains)");
				}
				else {
					sources.add(uri);
				}
			}
			catch (URISyntaxException ex) {
				front.report().at(front.line("sources"), "source '" + value + "' is not a valid address");
			}
		}
		return sources;
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
				Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
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
