package org.rightsline.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose body is larger than any provider or inbox form sends (413),
 * before anything reads it: an SMS is at most 1,600 characters and a Telegram update a
 * few kilobytes. A body sent in chunks, without a length, is refused too, since none of
 * the providers and no browser form does that. It holds on every path: a check on the raw
 * path was passed by {@code /%77ebhooks/telegram}, which Spring routes to the webhook all
 * the same.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

	private final long maxBytes;

	RequestSizeLimit(WebhookProperties properties) {
		this.maxBytes = properties.maxBodySize().toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length > this.maxBytes || length < 0 && request.getHeader("Transfer-Encoding") != null) {
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		chain.doFilter(request, response);
	}

}
