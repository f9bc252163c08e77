package org.rightsline.channel.twilio;

import java.net.URI;
import java.util.Map;

import com.twilio.security.RequestValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Checks that a webhook request comes from Twilio: {@code X-Twilio-Signature} is an
 * HMAC-SHA1, keyed with the auth token, of the URL Twilio called and the sorted form
 * parameters. The check uses the public URL Twilio called (a setting), because behind the
 * load balancer this service sees another.
 */
@Component
class TwilioSignature {

	private static final Logger log = LoggerFactory.getLogger(TwilioSignature.class);

	private final RequestValidator validator;

	private final String publicBaseUrl;

	TwilioSignature(TwilioProperties properties, Environment environment) {
		if (!properties.signed()) {
			if (environment.acceptsProfiles(Profiles.of("prod"))) {
				throw new IllegalStateException(
						"TWILIO_AUTH_TOKEN is not set: the prod profile refuses to accept unsigned Twilio webhooks");
			}
			log.warn("Twilio signature check is OFF because TWILIO_AUTH_TOKEN is not set: anyone can post to "
					+ "/webhooks/twilio/*. This is for local trials only; set the token before real use.");
			this.validator = null;
			this.publicBaseUrl = null;
			return;
		}
		URI base = properties.publicBaseUrl();
		if (base == null || base.toString().isBlank()) {
			throw new IllegalStateException(
					"PUBLIC_BASE_URL is not set: Twilio signatures cover the URL Twilio called, so it is needed");
		}
		this.validator = new RequestValidator(properties.authToken());
		this.publicBaseUrl = base.toString().replaceAll("/+$", "");
	}

	/**
	 * @param pathAndQuery the request's path and query string, as received
	 * @param parameters the form parameters (first value of each)
	 */
	boolean isValid(String pathAndQuery, Map<String, String> parameters, String signature) {
		if (this.validator == null) {
			return true;
		}
		if (signature == null || signature.isBlank()) {
			return false;
		}
		return this.validator.validate(this.publicBaseUrl + pathAndQuery, parameters, signature);
	}

}
