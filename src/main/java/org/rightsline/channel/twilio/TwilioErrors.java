package org.rightsline.channel.twilio;

import java.util.Map;

/** What Twilio's error codes mean, in words staff can act on. */
final class TwilioErrors {

	/** The person opted out at the carrier (STOP): Twilio refuses to send to them. */
	static final String UNSUBSCRIBED = "21610";

	/** WhatsApp allows free text only within 24 hours of the person's last message. */
	static final String OUTSIDE_WHATSAPP_WINDOW = "63016";

	private static final Map<String, String> MEANINGS = Map.of(UNSUBSCRIBED,
			"The person opted out (STOP); they must text START before anything can be sent.", OUTSIDE_WHATSAPP_WINDOW,
			"Outside WhatsApp's 24-hour window: free text can only be sent within 24 hours of the person's last message.",
			"21211", "The phone number is not valid.", "21614", "The number cannot receive SMS (a landline?).", "30003",
			"The phone is off or unreachable.", "30005", "The number does not exist or is no longer in service.",
			"30006", "The number cannot receive SMS (a landline, or blocked by the carrier).", "30007",
			"The carrier filtered the message as spam.", "30008", "The carrier could not deliver it (unknown error).");

	private TwilioErrors() {
	}

	static String describe(String code) {
		return MEANINGS.getOrDefault(code, "Twilio error " + code + ".");
	}

}
