package org.rightsline.channel.twilio;

import java.net.URI;
import java.util.Optional;
import java.util.Set;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import org.rightsline.delivery.Channel;
import org.rightsline.delivery.MessageSender;
import org.rightsline.delivery.OutboundMessage;
import org.rightsline.delivery.SendResult;

import org.springframework.stereotype.Component;

/**
 * Sends SMS and WhatsApp messages with the Twilio SDK's {@code Message.creator}, and says
 * what Twilio's answer means for the outbox: 429 and 5xx are tried again, an opted-out
 * number or a closed WhatsApp window are not.
 */
@Component
class TwilioSender implements MessageSender {

	private final TwilioProperties properties;

	private final RebasedHttpClient http;

	private final TwilioRestClient client;

	TwilioSender(TwilioProperties properties) {
		this.properties = properties;
		this.http = new RebasedHttpClient(properties.apiBaseUrl(), properties.apiTimeout());
		this.client = properties.canSend()
				? new TwilioRestClient.Builder(properties.accountSid(), properties.authToken())
					.accountSid(properties.accountSid())
					.httpClient(this.http)
					.build()
				: null;
	}

	@Override
	public Set<Channel> channels() {
		return Set.of(Channel.SMS, Channel.WHATSAPP);
	}

	@Override
	public SendResult send(OutboundMessage message) {
		if (this.client == null) {
			return new SendResult.Failed("not-configured",
					"Twilio is not configured (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN).", false);
		}
		// The number the person wrote to; the configured sender only for a conversation
		// that never told us (one from before the number was recorded).
		String from = (message.sender() != null) ? message.sender()
				: (message.channel() == Channel.WHATSAPP) ? this.properties.whatsappFrom() : this.properties.smsFrom();
		String service = this.properties.messagingServiceSid();
		boolean byService = message.sender() == null && service != null && !service.isBlank();
		if (!byService && (from == null || from.isBlank())) {
			return new SendResult.Failed("not-configured",
					"No Twilio sender is known for " + message.channel()
							+ " (the conversation has none; TWILIO_MESSAGING_SERVICE_SID, TWILIO_SMS_FROM and "
							+ "TWILIO_WHATSAPP_FROM are unset).",
					false);
		}
		try {
			PhoneNumber to = new PhoneNumber(message.recipient());
			MessageCreator creator = byService ? Message.creator(to, service, message.body())
					: Message.creator(to, new PhoneNumber(from), message.body());
			statusCallback().ifPresent(creator::setStatusCallback);
			Message sent = creator.create(this.client);
			return new SendResult.Sent(sent.getSid());
		}
		catch (ApiConnectionException ex) {
			return new SendResult.Retry("Twilio API unreachable", Optional.empty());
		}
		catch (ApiException ex) {
			return interpret(ex);
		}
	}

	private SendResult interpret(ApiException ex) {
		int status = (ex.getStatusCode() != null) ? ex.getStatusCode() : 0;
		String code = (ex.getCode() != null) ? String.valueOf(ex.getCode()) : String.valueOf(status);
		if (status == 429) {
			return new SendResult.Retry("Twilio rate limit (429)", this.http.lastRetryAfter());
		}
		if (status >= 500 || status == 0) {
			return new SendResult.Retry("Twilio API error " + status, this.http.lastRetryAfter());
		}
		return new SendResult.Failed(code, TwilioErrors.describe(code), TwilioErrors.UNSUBSCRIBED.equals(code));
	}

	private Optional<URI> statusCallback() {
		URI base = this.properties.publicBaseUrl();
		if (base == null || base.toString().isBlank()) {
			return Optional.empty();
		}
		return Optional.of(URI.create(base.toString().replaceAll("/+$", "") + "/webhooks/twilio/status"));
	}

}
