package org.rightsline.channel.twilio;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.messaging.Body;
import com.twilio.twiml.messaging.Message;
import jakarta.servlet.http.HttpServletRequest;
import org.rightsline.conversation.InboundMessage;
import org.rightsline.conversation.Reply;
import org.rightsline.conversation.Triage;
import org.rightsline.delivery.Channel;
import org.rightsline.delivery.DeliveryReports;
import org.rightsline.delivery.DeliveryStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.rightsline.system.WebhookRefusals;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Twilio's webhooks. An incoming SMS or WhatsApp message is checked, handed to the
 * conversation core, and answered in the HTTP response as TwiML: Twilio's own pattern,
 * with no API call on the way.
 */
@RestController
class TwilioWebhookController {

	private static final Logger log = LoggerFactory.getLogger(TwilioWebhookController.class);

	private static final MediaType XML = MediaType.APPLICATION_XML;

	private static final String WHATSAPP = "whatsapp:";

	private final TwilioSignature signature;

	private final TwilioProperties properties;

	private final Triage triage;

	private final DeliveryReports reports;

	private final WebhookRefusals refusals;

	TwilioWebhookController(TwilioSignature signature, TwilioProperties properties, Triage triage,
			DeliveryReports reports, WebhookRefusals refusals) {
		this.signature = signature;
		this.properties = properties;
		this.triage = triage;
		this.reports = reports;
		this.refusals = refusals;
	}

	@PostMapping(path = "/webhooks/twilio/messages", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<String> receiveMessage(HttpServletRequest request) {
		Map<String, String> form = form(request);
		ResponseEntity<String> refusal = refusal(request, form);
		if (refusal != null) {
			return refusal;
		}
		String from = form.get("From");
		String messageSid = form.getOrDefault("MessageSid", form.get("SmsMessageSid"));
		if (from == null || from.isBlank() || messageSid == null || messageSid.isBlank()) {
			return ResponseEntity.badRequest().contentType(XML).body(twiml(List.of()));
		}
		Channel channel = from.startsWith(WHATSAPP) ? Channel.WHATSAPP : Channel.SMS;
		Reply reply = this.triage.handle(new InboundMessage(channel, from, messageSid, form.getOrDefault("Body", ""),
				attachments(form.get("NumMedia")))
			.to(form.get("To")));
		// The reply goes back to the address that wrote, whatsapp: prefix included:
		// TwiML's default.
		return ResponseEntity.ok().contentType(XML).body(twiml(reply.texts()));
	}

	@PostMapping(path = "/webhooks/twilio/status", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<Void> receiveStatus(HttpServletRequest request) {
		Map<String, String> form = form(request);
		if (refusal(request, form) != null) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
		}
		String messageSid = form.get("MessageSid");
		String status = form.getOrDefault("MessageStatus", form.get("SmsStatus"));
		if (messageSid == null || status == null) {
			return ResponseEntity.badRequest().build();
		}
		DeliveryStatus delivery = switch (status) {
			case "sent" -> DeliveryStatus.SENT;
			case "delivered", "read" -> DeliveryStatus.DELIVERED;
			case "failed", "undelivered" -> DeliveryStatus.FAILED;
			default -> null;
		};
		if (delivery != null) {
			String code = form.get("ErrorCode");
			boolean known = this.reports.record(messageSid, delivery, code,
					(code != null) ? TwilioErrors.describe(code) : null);
			log.info("Twilio status {} for message {}{}", status, messageSid, known ? "" : " (not ours, ignored)");
		}
		// A 2xx either way: Twilio must not retry a report we have read.
		return ResponseEntity.noContent().build();
	}

	/**
	 * 403 for a forged or unsigned request, or one for another Twilio account; null when
	 * it may pass.
	 */
	private ResponseEntity<String> refusal(HttpServletRequest request, Map<String, String> form) {
		String pathAndQuery = request.getRequestURI()
				+ ((request.getQueryString() != null) ? "?" + request.getQueryString() : "");
		if (!this.signature.isValid(pathAndQuery, form, request.getHeader("X-Twilio-Signature"))) {
			this.refusals.refused("twilio", "signature");
			return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(XML).body(twiml(List.of()));
		}
		String account = this.properties.accountSid();
		if (account != null && !account.isBlank() && !account.equals(form.get("AccountSid"))) {
			this.refusals.refused("twilio", "account");
			return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(XML).body(twiml(List.of()));
		}
		return null;
	}

	/** The form parameters, first value of each: what Twilio signs. */
	private static Map<String, String> form(HttpServletRequest request) {
		Map<String, String> form = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (values.length > 0) {
				form.put(name, values[0]);
			}
		});
		return form;
	}

	private static int attachments(String numMedia) {
		try {
			return (numMedia == null) ? 0 : Math.max(0, Integer.parseInt(numMedia.strip()));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/**
	 * A TwiML answer: the messages in order (emergency numbers, then an answer), or an
	 * empty response that sends nothing.
	 */
	private static String twiml(List<String> texts) {
		MessagingResponse.Builder response = new MessagingResponse.Builder();
		for (String text : texts) {
			if (!text.isBlank()) {
				response.message(new Message.Builder().body(new Body.Builder(text).build()).build());
			}
		}
		return response.build().toXml();
	}

}
