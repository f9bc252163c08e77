package org.rightsline.channel.twilio;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;

/**
 * Webhook requests as Twilio sends them: form-encoded, signed with HMAC-SHA1 of the
 * public URL followed by every parameter name and value in name order, keyed with the
 * auth token. Written from Twilio's description rather than with the SDK, so that the
 * test does not check the SDK against itself. Builders with defaults and {@code with…}
 * methods, one per message shape.
 */
public final class TwilioRequests {

	public static final String TOKEN = "test-auth-token";

	public static final String ACCOUNT = "AC00000000000000000000000000000000";

	public static final String PUBLIC_BASE = "https://rightsline.example.org";

	private final HttpClient http = HttpClient.newHttpClient();

	private final int port;

	public TwilioRequests(int port) {
		this.port = port;
	}

	/** An SMS from a new number with a new MessageSid. */
	public static Map<String, String> sms(String body) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("MessageSid", "SM" + UUID.randomUUID().toString().replace("-", ""));
		form.put("AccountSid", ACCOUNT);
		// Ten million numbers: tests count a number's conversations in a database that
		// keeps
		// earlier runs' (PostgreSQL), so a reused number must be unlikely.
		form.put("From", "+1514" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)));
		form.put("To", "+15145550000");
		form.put("Body", body);
		form.put("NumMedia", "0");
		return form;
	}

	public static Map<String, String> with(Map<String, String> form, String name, String value) {
		Map<String, String> copy = new LinkedHashMap<>(form);
		if (value == null) {
			copy.remove(name);
		}
		else {
			copy.put(name, value);
		}
		return copy;
	}

	public static String sign(String url, Map<String, String> form, String token) {
		StringBuilder data = new StringBuilder(url);
		new TreeMap<>(form).forEach((name, value) -> data.append(name).append(value));
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	public HttpResponse<String> postSigned(String path, Map<String, String> form) throws Exception {
		return post(path, encode(form), sign(PUBLIC_BASE + path, form, TOKEN));
	}

	public HttpResponse<String> post(String path, String body, String signature) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (signature != null) {
			request.header("X-Twilio-Signature", signature);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Twilio's REST API answer to a message it accepted. */
	public static ResponseDefinitionBuilder created(String sid) {
		return WireMock.aResponse()
			.withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"sid\": \"" + sid + "\", \"status\": \"queued\", \"account_sid\": \"" + ACCOUNT + "\"}");
	}

	public static String encode(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
