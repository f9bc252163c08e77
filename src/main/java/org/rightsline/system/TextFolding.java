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

}
