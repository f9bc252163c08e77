package org.rightsline.inbox;

/**
 * How staff see a contact: the channel and the last four digits, never the whole number
 * or chat id. Enough to tell two threads apart on the phone with a claimant, and no more.
 */
final class ContactMask {

	private ContactMask() {
	}

	static String mask(String channel, String contact) {
		String digits = (contact == null) ? "" : contact.replaceAll("\\D", "");
		String tail = (digits.length() > 4) ? digits.substring(digits.length() - 4) : digits;
		String label = switch (channel) {
			case "SMS" -> "SMS";
			case "WHATSAPP" -> "WhatsApp";
			case "TELEGRAM" -> "Telegram";
			default -> "Web";
		};
		return label + " ..." + tail;
	}

}
