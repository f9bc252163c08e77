package org.rightsline.conversation;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.rightsline.content.SmsSegments;

/**
 * Shortens a reply that is too long for its channel: whole sentences are dropped from the
 * end of the answer, never words cut in half, and the part from the link on (the link and
 * the not-legal-advice line) is always kept. No message is ever longer than 1,600
 * characters, Twilio's limit.
 */
final class ReplyLength {

	/** The most characters Twilio accepts in one message, SMS or WhatsApp. */
	static final int MAX_CHARACTERS = 1600;

	/** The most characters of one Telegram message. */
	static final int TELEGRAM_MAX_CHARACTERS = 4096;

	/** A web address, with or without its scheme ({@code canada.ca/fr/...} counts). */
	private static final Pattern LINK = Pattern
		.compile("(https?://|www\\.)\\S+|\\b[a-z0-9-]+(\\.[a-z0-9-]+)*\\.(ca|gov|org|com)/\\S*");

	private ReplyLength() {
	}

	/** Fits a text into a number of SMS segments (and 1,600 characters). */
	static String forSms(String text, int segments, Locale locale) {
		return fit(text,
				(candidate) -> candidate.length() <= MAX_CHARACTERS && SmsSegments.of(candidate).count() <= segments,
				locale);
	}

	/** Fits a text into 1,600 characters. */
	static String forMaximum(String text, Locale locale) {
		return fit(text, (candidate) -> candidate.length() <= MAX_CHARACTERS, locale);
	}

	static String fit(String text, Predicate<String> fits, Locale locale) {
		if (fits.test(text)) {
			return text;
		}
		var link = LINK.matcher(text);
		int tailStart = text.length();
		if (link.find()) {
			// The tail starts at the line holding the first link: "Source: https://..."
			// and what follows.
			int lineStart = text.lastIndexOf('\n', link.start()) + 1;
			tailStart = Math.max(lineStart, sentenceStart(text, link.start(), locale));
		}
		String tail = text.substring(tailStart).strip();
		List<String> sentences = sentences(text.substring(0, tailStart), locale);
		for (int keep = sentences.size(); keep >= 0; keep--) {
			String head = String.join("", sentences.subList(0, keep)).strip();
			String candidate = head.isEmpty() ? tail : head + (tail.isEmpty() ? "" : "\n" + tail);
			if (!candidate.isEmpty() && fits.test(candidate)) {
				return candidate;
			}
		}
		return cutAtWord(tail.isEmpty() ? text : tail, fits);
	}

	private static int sentenceStart(String text, int position, Locale locale) {
		BreakIterator sentences = BreakIterator.getSentenceInstance(locale);
		sentences.setText(text);
		int start = sentences.preceding(Math.min(position + 1, text.length()));
		return (start == BreakIterator.DONE) ? 0 : start;
	}

	private static List<String> sentences(String text, Locale locale) {
		BreakIterator iterator = BreakIterator.getSentenceInstance(locale);
		iterator.setText(text);
		List<String> sentences = new ArrayList<>();
		for (int start = iterator.first(),
				end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
			sentences.add(text.substring(start, end));
		}
		return sentences;
	}

	/**
	 * Splits a text into messages of at most {@code limit} characters, at paragraph
	 * boundaries where it can, else at line and then word boundaries: for channels that
	 * take long texts in several parts.
	 */
	static List<String> split(String text, int limit) {
		List<String> parts = new ArrayList<>();
		String rest = text.strip();
		while (rest.length() > limit) {
			int cut = rest.lastIndexOf("\n\n", limit);
			if (cut <= 0) {
				cut = rest.lastIndexOf('\n', limit);
			}
			if (cut <= 0) {
				cut = rest.lastIndexOf(' ', limit);
			}
			if (cut <= 0) {
				cut = limit;
			}
			parts.add(rest.substring(0, cut).strip());
			rest = rest.substring(cut).strip();
		}
		if (!rest.isEmpty()) {
			parts.add(rest);
		}
		return parts;
	}

	/**
	 * The last resort for a single sentence too long to send: cut at a space, mark the
	 * cut.
	 */
	private static String cutAtWord(String text, Predicate<String> fits) {
		String cut = text;
		while (!cut.isEmpty() && !fits.test(cut + "...")) {
			int space = cut.lastIndexOf(' ');
			cut = (space > 0) ? cut.substring(0, space) : "";
		}
		return cut.isEmpty() ? "" : cut + "...";
	}

}
