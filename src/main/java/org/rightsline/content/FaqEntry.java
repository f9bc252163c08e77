package org.rightsline.content;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * One FAQ answer in one language, as read from {@code content/<topic>/<id>.<lang>.md}.
 *
 * @param sources the pages the answer relies on
 * @param reviewed the day someone last checked this file against its sources
 * @param reviewedBy who did: a role ("legal clinic"), never a name
 * @param text the body as plain text, for channels that show no Markdown
 * @param sms the text sent by SMS: the {@code sms} field, or the plain body without one
 */
public record FaqEntry(String id, String topic, Language language, String title, List<String> questions,
		List<String> keywords, List<Source> sources, LocalDate reviewed, String reviewedBy, String body, String text,
		String sms, Path file) {

	/**
	 * The link an answer carries: the first official source, in the entry's language,
	 * that the answer links.
	 */
	public URI source() {
		List<URI> official = this.sources.stream()
			.filter((source) -> !source.secondary())
			.map((source) -> source.in(this.language))
			.toList();
		return official.stream()
			.filter((uri) -> this.body.contains(uri.toString()))
			.findFirst()
			.orElse(official.isEmpty() ? this.sources.get(0).in(this.language) : official.get(0));
	}

}
