package org.rightsline.channel.twilio;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightsline.content.SmsSegments;
import org.w3c.dom.NodeList;

import org.rightsline.system.ContactCipher;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightsline.channel.twilio.TwilioRequests.sms;
import static org.rightsline.channel.twilio.TwilioRequests.with;

/**
 * Twilio posts SMS and WhatsApp messages to the webhook, signed, and reads the TwiML
 * answer.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "rightsline.twilio.auth-token=" + TwilioRequests.TOKEN,
				"rightsline.twilio.account-sid=" + TwilioRequests.ACCOUNT,
				"rightsline.twilio.public-base-url=" + TwilioRequests.PUBLIC_BASE })
class TwilioWebhookIntegrationTests {

	private static final String MESSAGES = "/webhooks/twilio/messages";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ContactCipher contacts;

	private TwilioRequests twilio;

	@BeforeEach
	void connect() {
		this.twilio = new TwilioRequests(this.port);
	}

	@Test
	void answersASignedSmsWithTheRightEntryInTwiml() throws Exception {
		HttpResponse<String> response = this.twilio.postSigned(MESSAGES, sms("my clinic refuses my ifhp paper"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/xml"));
		assertThat(messageIn(response)).contains("General info, not legal advice.");
		assertThat(entryAnswered(response)).isEqualTo("ifhp-clinic-refused");
	}

	@Test
	void sendsTheEmergencyNumbersFirstAndTheAnswerAfterInOneResponse() throws Exception {
		HttpResponse<String> response = this.twilio.postSigned(MESSAGES,
				sms("my clinic refuses my ifhp paper. and my husband is not breathing right now"));

		NodeList messages = parse(response);
		assertThat(messages.getLength()).isEqualTo(2);
		assertThat(messages.item(0).getTextContent()).contains("911");
		assertThat(messages.item(1).getTextContent()).contains("General info, not legal advice.");
	}

	@Test
	void sendsOnlyTheEmergencyNumbersWhenTheQuestionIsNotClear() throws Exception {
		HttpResponse<String> response = this.twilio.postSigned(MESSAGES, sms("he is not breathing help"));

		assertThat(messagesIn(response)).isEqualTo(1);
		assertThat(messageIn(response)).contains("911");
	}

	@Test
	void answersInFrenchWithinFourUcs2Segments() throws Exception {
		HttpResponse<String> response = this.twilio.postSigned(MESSAGES, sms("la clinique veut que je paie"));

		String answer = messageIn(response);
		assertThat(entryAnswered(response)).isEqualTo("ifhp-upfront-payment");
		assertThat(answer).endsWith("Info générale, pas un avis juridique.");
		SmsSegments segments = SmsSegments.of(answer);
		assertThat(segments.encoding()).isEqualTo(SmsSegments.Encoding.UCS_2);
		assertThat(segments.count()).isLessThanOrEqualTo(4);
	}

	@Test
	void refusesAForgedSignatureAndStoresNothing() throws Exception {
		Map<String, String> form = sms("what is ifhp");
		String forged = TwilioRequests.sign(TwilioRequests.PUBLIC_BASE + MESSAGES, form, "not-the-token");

		HttpResponse<String> response = this.twilio.post(MESSAGES, TwilioRequests.encode(form), forged);

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(conversationsOf(form.get("From"))).isZero();
	}

	@Test
	void refusesAnUnsignedRequest() throws Exception {
		Map<String, String> form = sms("what is ifhp");

		HttpResponse<String> response = this.twilio.post(MESSAGES, TwilioRequests.encode(form), null);

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(conversationsOf(form.get("From"))).isZero();
	}

	@Test
	void refusesASignatureOverAnotherUrl() throws Exception {
		Map<String, String> form = sms("what is ifhp");
		String signature = TwilioRequests.sign("http://localhost:" + this.port + MESSAGES, form, TwilioRequests.TOKEN);

		assertThat(this.twilio.post(MESSAGES, TwilioRequests.encode(form), signature).statusCode()).isEqualTo(403);
	}

	@Test
	void refusesAnotherTwilioAccount() throws Exception {
		Map<String, String> form = with(sms("what is ifhp"), "AccountSid", "AC11111111111111111111111111111111");

		assertThat(this.twilio.postSigned(MESSAGES, form).statusCode()).isEqualTo(403);
		assertThat(conversationsOf(form.get("From"))).isZero();
	}

	@Test
	void processesARetriedMessageSidOnce() throws Exception {
		Map<String, String> form = sms("is insulin covered by ifhp");

		HttpResponse<String> first = this.twilio.postSigned(MESSAGES, form);
		HttpResponse<String> retry = this.twilio.postSigned(MESSAGES, form);

		assertThat(retry.statusCode()).isEqualTo(200);
		assertThat(retry.body()).isEqualTo(first.body());
		assertThat(messagesOf(form.get("From"))).isEqualTo(2);
	}

	@Test
	void sendsNothingAfterStopUntilStart() throws Exception {
		Map<String, String> first = sms("STOP");
		String from = first.get("From");

		HttpResponse<String> stop = this.twilio.postSigned(MESSAGES, first);
		HttpResponse<String> question = this.twilio.postSigned(MESSAGES, fromSameNumber(from, "what is ifhp"));
		HttpResponse<String> start = this.twilio.postSigned(MESSAGES, fromSameNumber(from, "START"));
		HttpResponse<String> again = this.twilio.postSigned(MESSAGES, fromSameNumber(from, "what is ifhp"));

		assertThat(messagesIn(stop)).isZero();
		assertThat(messagesIn(question)).isZero();
		assertThat(messageIn(start)).contains("receive our messages again");
		assertThat(entryAnswered(again)).isEqualTo("ifhp-what-is");
		assertThat(optedOut(from)).isFalse();
	}

	@Test
	void confirmsAFrenchOrSpanishOptOutItselfInThatLanguage() throws Exception {
		Map<String, String> french = sms("Arrêt");
		Map<String, String> spanish = sms("BAJA");

		HttpResponse<String> arret = this.twilio.postSigned(MESSAGES, french);
		HttpResponse<String> baja = this.twilio.postSigned(MESSAGES, spanish);

		assertThat(messageIn(arret)).contains("Vous ne recevrez plus nos messages", "START", "911");
		assertThat(messageIn(baja)).contains("Ya no recibirá nuestros mensajes", "START", "911");
		for (Map<String, String> form : List.of(french, spanish)) {
			assertThat(optedOut(form.get("From"))).isTrue();
		}
	}

	@Test
	void leavesTheConfirmationOfTwiliosOwnOptOutWordsToTwilio() throws Exception {
		for (String word : List.of("REVOKE", "optout", "STOPALL")) {
			Map<String, String> form = sms(word);

			HttpResponse<String> reply = this.twilio.postSigned(MESSAGES, form);

			assertThat(messagesIn(reply)).isZero();
			assertThat(optedOut(form.get("From"))).isTrue();
		}
	}

	@Test
	void givesHelpWithTheCentresContact() throws Exception {
		assertThat(messageIn(this.twilio.postSigned(MESSAGES, sms("HELP")))).contains("(514) 846-0005");
		assertThat(messageIn(this.twilio.postSigned(MESSAGES, sms("info")))).contains("846-0005");
	}

	@Test
	void answersWhatsappToItsWhatsappAddress() throws Exception {
		Map<String, String> form = with(sms("what is the safe third country agreement"), "From",
				"whatsapp:+15145559876");

		HttpResponse<String> response = this.twilio.postSigned(MESSAGES, form);

		assertThat(entryAnswered(response)).isEqualTo("stca-what-is");
		// No "to" attribute: TwiML answers the address that wrote, whatsapp: prefix
		// included.
		assertThat(response.body()).doesNotContain("to=");
		assertThat(this.jdbc.sql("select channel from conversation where contact_hash = ?")
			.param(this.contacts.lookup("whatsapp:+15145559876"))
			.query(String.class)
			.single()).isEqualTo("WHATSAPP");
	}

	@Test
	void repliesThatOnlyTextIsReadToAPictureAndEscalatesIt() throws Exception {
		Map<String, String> form = with(with(sms(""), "NumMedia", "1"), "MediaUrl0", "https://api.twilio.com/media/1");

		HttpResponse<String> response = this.twilio.postSigned(MESSAGES, form);

		assertThat(messageIn(response)).contains("only read text");
		assertThat(this.jdbc.sql("select state from conversation where contact_hash = ?")
			.param(this.contacts.lookup(form.get("From")))
			.query(String.class)
			.single()).isEqualTo("WAITING");
	}

	@Test
	void answersEmptyHugeEmojiAndRightToLeftBodiesPolitely() throws Exception {
		for (String body : new String[] { "", "x".repeat(5000), "🙏🙏 ifhp ??", "مرحبا، هل لدي تأمين صحي؟",
				"ifhp\u202Eevil" }) {
			HttpResponse<String> response = this.twilio.postSigned(MESSAGES, sms(body));
			assertThat(response.statusCode()).as(body).isEqualTo(200);
			assertThat(response.body()).as(body).startsWith("<?xml").doesNotContain("Exception");
			assertThat(messageIn(response).length()).isLessThanOrEqualTo(1600);
		}
	}

	@Test
	void refusesAMessageWithoutSender() throws Exception {
		Map<String, String> form = with(sms("what is ifhp"), "From", null);

		HttpResponse<String> response = this.twilio.postSigned(MESSAGES, form);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("Exception");
	}

	@Test
	void neverAnswersBrokenPercentEncodingWithAServerError() throws Exception {
		HttpResponse<String> response = this.twilio.post(MESSAGES, "From=%2B1514&Body=%E0%A4%A&MessageSid=SM%ZZ",
				"whatever");

		assertThat(response.statusCode()).isBetween(400, 499);
		assertThat(response.body()).doesNotContain("Exception");
	}

	private Map<String, String> fromSameNumber(String from, String body) {
		return with(sms(body), "From", from);
	}

	private String entryAnswered(HttpResponse<String> response) {
		return this.jdbc.sql("select entry_id from message where direction = 'OUT' and body = ? order by id desc")
			.param(messageIn(response))
			.query(String.class)
			.list()
			.get(0);
	}

	private int conversationsOf(String contact) {
		return this.jdbc.sql("select count(*) from conversation where contact_hash = ?")
			.param(this.contacts.lookup(contact))
			.query(Integer.class)
			.single();
	}

	private int messagesOf(String contact) {
		return this.jdbc
			.sql("""
					select count(*) from message m join conversation c on c.id = m.conversation_id where c.contact_hash = ?""")
			.param(this.contacts.lookup(contact))
			.query(Integer.class)
			.single();
	}

	private static int messagesIn(HttpResponse<String> response) throws Exception {
		return parse(response).getLength();
	}

	private static String messageIn(HttpResponse<String> response) {
		try {
			NodeList bodies = parse(response);
			return (bodies.getLength() == 0) ? "" : bodies.item(0).getTextContent();
		}
		catch (Exception ex) {
			throw new AssertionError("not TwiML: " + response.body(), ex);
		}
	}

	private static NodeList parse(HttpResponse<String> response) throws Exception {
		var document = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
		return document.getElementsByTagName("Body");
	}

	private boolean optedOut(String number) {
		return this.jdbc.sql("select opted_out from conversation where contact_hash = ?")
			.param(this.contacts.lookup(number))
			.query(Boolean.class)
			.single();
	}

}
