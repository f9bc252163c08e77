package org.rightsline.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rightsline.conversation.InboundMessage;
import org.rightsline.conversation.Triage;
import org.rightsline.delivery.Channel;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Random Unicode, huge, empty and malformed input, fed to both webhooks and to the
 * conversation core (QuickTheories): never a 5xx, never an exception out of a handler.
 */
@SpringBootTest(properties = { "rightsline.telegram.webhook-secret=property-secret",
		"rightsline.telegram.bot-token=1:property",
		// Replies queued by these updates must never leave the machine: nothing listens
		// on port 9.
		"rightsline.telegram.api-base-url=http://127.0.0.1:9", "rightsline.conversation.flood.max-messages=100000" })
@AutoConfigureMockMvc
class HostileInputPropertyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Triage triage;

	@Test
	void answersAnyTextWithoutFailing() {
		qt().withExamples(300).forAll(strings().allPossible().ofLengthBetween(0, 3000)).checkAssert((text) -> {
			var reply = this.triage.handle(
					new InboundMessage(Channel.SMS, "+1555" + UUID.randomUUID(), UUID.randomUUID().toString(), text));
			assertThat(reply.outcome()).isNotNull();
		});
	}

	@Test
	void neverAnswersATwilioWebhookWithAServerError() {
		qt().withExamples(200)
			.forAll(strings().allPossible().ofLengthBetween(0, 2000),
					strings().basicLatinAlphabet().ofLengthBetween(0, 40), integers().between(-5, 20))
			.checkAssert((body, from, media) -> {
				String form = "Body=" + URLEncoder.encode(body, StandardCharsets.UTF_8) + "&From="
						+ URLEncoder.encode(from, StandardCharsets.UTF_8) + "&NumMedia=" + media + "&MessageSid=SM"
						+ UUID.randomUUID();
				int status = status(post("/webhooks/twilio/messages").contentType(MediaType.APPLICATION_FORM_URLENCODED)
					.content(form));
				assertThat(status).isLessThan(500);
			});
	}

	@Test
	void neverAnswersATwilioWebhookWithBrokenEncodingWithAServerError() {
		qt().withExamples(200).forAll(strings().allPossible().ofLengthBetween(0, 500)).checkAssert((raw) -> {
			int status = status(post("/webhooks/twilio/messages").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content(raw.getBytes(StandardCharsets.UTF_8)));
			assertThat(status).isLessThan(500);
		});
	}

	@Test
	void neverAnswersATelegramWebhookWithAServerError() {
		qt().withExamples(200).forAll(strings().allPossible().ofLengthBetween(0, 2000)).checkAssert((text) -> {
			String update = "{\"update_id\": " + Math.abs(text.hashCode() % 1_000_000)
					+ ", \"message\": {\"message_id\": 1,"
					+ " \"date\": 1764300000, \"chat\": {\"id\": 4242, \"type\": \"private\"}, \"text\": " + quote(text)
					+ "}}";
			assertThat(telegram(update)).isLessThan(500);
			assertThat(telegram(text)).isLessThan(500);
		});
	}

	@Test
	void refusesAHugeBodyBeforeReadingIt() throws Exception {
		String huge = "Body=" + "x".repeat(100_000) + "&From=%2B15145550000&MessageSid=SMhuge";
		assertThat(status(
				post("/webhooks/twilio/messages").contentType(MediaType.APPLICATION_FORM_URLENCODED).content(huge)))
			.isEqualTo(413);
	}

	private int telegram(String body) {
		return status(post("/webhooks/telegram").contentType(MediaType.APPLICATION_JSON)
			.header("X-Telegram-Bot-Api-Secret-Token", "property-secret")
			.content(body.getBytes(StandardCharsets.UTF_8)));
	}

	private int status(org.springframework.test.web.servlet.RequestBuilder request) {
		try {
			return this.mvc.perform(request).andReturn().getResponse().getStatus();
		}
		catch (Exception ex) {
			throw new AssertionError("the handler threw " + ex, ex);
		}
	}

	private static String quote(String text) {
		StringBuilder json = new StringBuilder("\"");
		text.codePoints().forEach((c) -> {
			if (c == '"' || c == '\\') {
				json.append('\\').appendCodePoint(c);
			}
			else if (c < 0x20) {
				json.append(String.format("\\u%04x", c));
			}
			else {
				json.appendCodePoint(c);
			}
		});
		return json.append('"').toString();
	}

}
