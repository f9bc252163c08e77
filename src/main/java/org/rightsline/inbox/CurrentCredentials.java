package org.rightsline.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Ends a staff session at its next request once its account was disabled or its password
 * changed: the session holds the version of the credentials it logged in with, and the
 * account's row holds the current one. It asks the database, not this instance's memory,
 * so that it holds on every instance behind the load balancer.
 * <p>
 * It also ends a session idle for {@code idleTimeout}, counting only what the caseworker
 * does: the list's own refresh (an htmx request every few seconds) would otherwise keep
 * an open tab logged in for ever.
 */
@Configuration(proxyBeanMethods = false)
class CurrentCredentials implements WebMvcConfigurer, HandlerInterceptor {

	private static final String LAST_ACTIVE = CurrentCredentials.class.getName() + ".lastActive";

	private final StaffAccountRepository accounts;

	private final Duration idleTimeout;

	private final Clock clock;

	CurrentCredentials(StaffAccountRepository accounts, InboxProperties properties, Clock clock) {
		this.accounts = accounts;
		this.idleTimeout = properties.idleTimeout();
		this.clock = clock;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/inbox/**").excludePathPatterns("/inbox/login");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof StaffUser user)) {
			return true;
		}
		HttpSession session = request.getSession(false);
		Optional<Integer> current = this.accounts.credentialsVersionIfEnabled(user.id());
		if (current.isPresent() && current.get() == user.credentialsVersion() && !idle(session, request)) {
			return true;
		}
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		String login = request.getContextPath() + "/inbox/login?expired";
		if (request.getHeader("HX-Request") != null) {
			// The list's refresh: htmx follows this header with a full page load.
			response.setHeader("HX-Redirect", login);
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		}
		else {
			response.sendRedirect(login);
		}
		return false;
	}

	/** Whether the caseworker did nothing for too long; a request of theirs counts. */
	private boolean idle(HttpSession session, HttpServletRequest request) {
		if (session == null) {
			return false;
		}
		Instant now = this.clock.instant();
		Object last = session.getAttribute(LAST_ACTIVE);
		if (last instanceof Instant lastActive && lastActive.plus(this.idleTimeout).isBefore(now)) {
			return true;
		}
		if (request.getHeader("HX-Request") == null || last == null) {
			session.setAttribute(LAST_ACTIVE, now);
		}
		return false;
	}

}
