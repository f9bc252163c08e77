package org.rightsline.content;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * One FAQ answer in one language, as read from {@code content/<topic>/<id>.<lang>.md}.
 *
 * @param text the body as plain text, for channels that show no Markdown
 * @param sms the text sent by SMS: the {@code sms} field, or the plain body without one
 */
public record FaqEntry(String id, String topic, Language language, String title, List<String> questions,
		List<String> keywords, List<URI> sources, LocalDate reviewed, String body, String text, String sms, Path file) {

	/** The first official source: the link an answer carries. */
	public URI source() {
		return this.sources.get(0);
	}

}
