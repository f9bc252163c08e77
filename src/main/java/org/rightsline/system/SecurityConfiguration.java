package org.rightsline.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what. The inbox needs a login (account management an admin's); webhooks
 * check their own provider's signature or secret instead, so they are open here and free
 * of CSRF tokens, as is the try-it page (a local tool, off in production). Every page
 * gets the secure headers, with a content security policy that allows only this site's
 * own scripts and styles.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/inbox/login")
			.permitAll()
			.requestMatchers("/inbox/accounts", "/inbox/accounts/**", "/inbox/content", "/inbox/content/**")
			.hasRole("ADMIN")
			.requestMatchers("/inbox", "/inbox/**")
			.hasAnyRole("STAFF", "ADMIN")
			.anyRequest()
			.permitAll())
			.formLogin((form) -> form.loginPage("/inbox/login").defaultSuccessUrl("/inbox", false).permitAll())
			.logout((logout) -> logout.logoutUrl("/inbox/logout").logoutSuccessUrl("/inbox/login?logout"))
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/webhooks/**", "/try/**"))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp
					.policyDirectives("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
							+ "frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
				// A thread's address names a claimant's conversation: it never leaves in
				// a
				// Referer, and the inbox asks for no camera, microphone or location.
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.permissionsPolicyHeader((permissions) -> permissions
					.policy("camera=(), microphone=(), geolocation=(), payment=(), usb=()")));
		return http.build();
	}

}
