package org.rightsline.channel.twilio;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * The Twilio SDK's HTTP client, sending to a configured base URL instead of
 * {@code api.twilio.com} (the SDK has no setting for it), with time-outs so that a
 * stalled API never holds the worker. It also keeps the last {@code Retry-After}, which
 * the SDK's exceptions leave out. The delivery worker is single-threaded, so "last" is
 * the current call's.
 */
class RebasedHttpClient extends NetworkHttpClient {

	private final String base;

	RebasedHttpClient(URI base, Duration timeout) {
		// No automatic retries: Apache's client would sleep through a Retry-After of
		// minutes on the
		// worker's thread. The outbox retries instead, and lets other messages go
		// meanwhile.
		super(HttpClientBuilder.create()
			.disableAutomaticRetries()
			.setDefaultRequestConfig(RequestConfig.custom()
				.setConnectionRequestTimeout(Timeout.of(timeout))
				.setResponseTimeout(Timeout.of(timeout))
				.build())
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setDefaultSocketConfig(SocketConfig.custom().setSoTimeout(Timeout.of(timeout)).build())
				.setDefaultConnectionConfig(ConnectionConfig.custom()
					.setConnectTimeout(Timeout.of(timeout))
					.setSocketTimeout(Timeout.of(timeout))
					.build())
				.build()));
		this.base = base.toString().replaceAll("/+$", "");
	}

	@Override
	public Response makeRequest(Request request) {
		return super.makeRequest(rebase(request));
	}

	/** How long the API asked us to wait, if its last answer said. */
	Optional<Duration> lastRetryAfter() {
		Response response = getLastResponse();
		if (response == null || response.getHeaders() == null) {
			return Optional.empty();
		}
		for (Header header : response.getHeaders()) {
			if (header.getName().equalsIgnoreCase("Retry-After")) {
				try {
					return Optional.of(Duration.ofSeconds(Long.parseLong(header.getValue().strip())));
				}
				catch (NumberFormatException ex) {
					return Optional.empty();
				}
			}
		}
		return Optional.empty();
	}

	private Request rebase(Request original) {
		String path = URI.create(original.getUrl()).getRawPath();
		Request rebased = new Request(original.getMethod(), this.base + path);
		original.getQueryParams().forEach((name, values) -> values.forEach((v) -> rebased.addQueryParam(name, v)));
		original.getPostParams().forEach((name, values) -> values.forEach((v) -> rebased.addPostParam(name, v)));
		original.getHeaderParams().forEach((name, values) -> values.forEach((v) -> rebased.addHeaderParam(name, v)));
		if (original.getAuthStrategy() != null) {
			rebased.setAuth(original.getAuthStrategy());
		}
		else if (original.getUsername() != null) {
			rebased.setAuth(original.getUsername(), original.getPassword());
		}
		if (original.getContentType() != null) {
			rebased.setContentType(original.getContentType());
		}
		if (original.getBody() != null) {
			rebased.setBody(original.getBody());
		}
		return rebased;
	}

}
