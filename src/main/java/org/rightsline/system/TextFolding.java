package org.rightsline.system;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text as people mean it rather than as they type it: lower case, accents removed, curly
 * apostrophes made plain and runs of space made one. Keyword and pattern matching both
 * read text this way, so that {@code Arrêt}, {@code arret} and {@code ARRET} are one
 * word.
 */
public final class TextFolding {

	private TextFolding() {
	}

	public static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replace('’', '\'')
			.replaceAll("\\s+", " ");
	}

	/**
	 * Text fit to store and to read, the same for every reader of a message: control
	 * characters other than tab and line breaks removed (PostgreSQL refuses the NUL
	 * character outright); invisible format characters removed (zero-width spaces and
	 * joiners, soft hyphens, bidirectional controls), because a zero-width space inside
	 * "kill" would hide "kill myself" from the emergency check and a bidirectional
	 * control can show a number reversed; and a lone half of a surrogate pair, which no
	 * encoder can write, replaced by U+FFFD.
	 */
	public static String clean(String text) {
		StringBuilder clean = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.getType(c) == Character.FORMAT) {
				continue;
			}
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				clean.append(c).append(text.charAt(++i));
			}
			else if (Character.isSurrogate(c)) {
				clean.append('\uFFFD');
			}
			else if (c >= 0x20 && c != 0x7F || c == '\t' || c == '\n' || c == '\r') {
				clean.append(c);
			}
		}
		return clean.toString();
	}

}
