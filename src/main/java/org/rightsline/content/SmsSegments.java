package org.rightsline.content;

/**
 * How many SMS segments a text costs, counted the way carriers do. A message whose every
 * character is in the GSM 03.38 alphabet is sent as GSM-7: 160 characters alone, 153 per
 * part when split (characters of the extension table, such as {@code €} or {@code [},
 * take two). One character outside it (French {@code ê} or {@code ç}, Spanish {@code á},
 * any emoji) turns the whole message into UCS-2: 70 UTF-16 units alone, 67 per part.
 */
public record SmsSegments(Encoding encoding, int units, int count) {

	public enum Encoding {

		GSM_7, UCS_2

	}

	private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
			+ "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

	private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

	public static SmsSegments of(String text) {
		int gsmUnits = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (GSM_BASIC.indexOf(c) >= 0) {
				gsmUnits += 1;
			}
			else if (GSM_EXTENSION.indexOf(c) >= 0) {
				gsmUnits += 2;
			}
			else {
				int units = text.length();
				return new SmsSegments(Encoding.UCS_2, units, parts(units, 70, 67));
			}
		}
		return new SmsSegments(Encoding.GSM_7, gsmUnits, parts(gsmUnits, 160, 153));
	}

	/** The most characters of this encoding that fit in the given number of segments. */
	public static int capacity(Encoding encoding, int segments) {
		if (encoding == Encoding.GSM_7) {
			return (segments <= 1) ? 160 : segments * 153;
		}
		return (segments <= 1) ? 70 : segments * 67;
	}

	private static int parts(int units, int single, int perPart) {
		if (units <= single) {
			return 1;
		}
		return (units + perPart - 1) / perPart;
	}

}
