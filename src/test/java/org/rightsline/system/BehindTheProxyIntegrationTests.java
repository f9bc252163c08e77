package org.rightsline.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production profile behind the TLS proxy of {@code deploy/}, through a real Tomcat:
 * a request the proxy received over https gets a Secure session cookie and HSTS.
 */
@ActiveProfiles("prod")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"rightsline.twilio.auth-token=proxy-test-token", "PUBLIC_BASE_URL=https://rightsline.example.org" })
class BehindTheProxyIntegrationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	private HttpResponse<String> loginPage(boolean overHttps) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/inbox/login"));
		if (overHttps) {
			request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9");
		}
		return this.http.send(request.build(), BodyHandlers.ofString());
	}

	@Test
	void sendsASecureCookieAndHstsForARequestThatCameOverHttps() throws Exception {
		HttpResponse<String> page = loginPage(true);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).contains("Secure").contains("HttpOnly"));
		assertThat(page.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age="));
		assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		assertThat(page.headers().firstValue("Permissions-Policy"))
			.hasValueSatisfying((policy) -> assertThat(policy).contains("camera=()"));
	}

	@Test
	void sendsNoHstsOverPlainHttpWithoutTheProxy() throws Exception {
		assertThat(loginPage(false).headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

}
