package org.rightsline.delivery;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An option offered with a reply: Telegram shows it as a button, and pressing it sends
 * the value back. Channels without buttons ignore it; their text already says what to
 * type.
 *
 * @param value what comes back when it is chosen, such as {@code topic:ifhp} (at most 64
 * bytes for Telegram)
 * @param label what the person sees
 */
public record Choice(String value, String label) {

	/** The choices as stored with an outgoing message: one "value TAB label" a line. */
	static String encode(List<Choice> choices) {
		if (choices == null || choices.isEmpty()) {
			return null;
		}
		return choices.stream()
			.map((c) -> c.value() + "\t" + c.label().replace('\n', ' ').replace('\t', ' '))
			.collect(Collectors.joining("\n"));
	}

	static List<Choice> decode(String encoded) {
		if (encoded == null || encoded.isBlank()) {
			return List.of();
		}
		return Arrays.stream(encoded.split("\n")).map((line) -> {
			String[] parts = line.split("\t", 2);
			return new Choice(parts[0], (parts.length > 1) ? parts[1] : parts[0]);
		}).toList();
	}

}
