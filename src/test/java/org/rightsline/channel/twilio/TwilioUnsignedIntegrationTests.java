package org.rightsline.channel.twilio;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default, without a Twilio token: the webhook answers anyone (the start-up
 * log says so), which lets a newcomer try it with curl, and still never answers bad input
 * with a 5xx.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TwilioUnsignedIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void answersTheReadmesCurlWithoutASignature() throws Exception {
		HttpResponse<String> response = new TwilioRequests(this.port).post("/webhooks/twilio/messages",
				"From=%2B15145550123&MessageSid=SMreadme" + System.nanoTime() + "&Body=my+clinic+refuses+my+ifhp+paper",
				null);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<Message>").contains("not legal advice");
	}

	@Test
	void neverAnswersBrokenPercentEncodingWithAServerError() throws Exception {
		HttpResponse<String> response = new TwilioRequests(this.port).post("/webhooks/twilio/messages",
				"From=%2B1514%ZZ&Body=%E0%A4%A&MessageSid=SM%G1", null);

		assertThat(response.statusCode()).isLessThan(500);
		assertThat(response.body()).doesNotContain("Exception");
	}

}
