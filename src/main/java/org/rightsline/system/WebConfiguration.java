package org.rightsline.system;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The inbox speaks French or English: the browser's language first, then the one a
 * caseworker picks with {@code ?lang=fr} or {@code ?lang=en}, kept in a cookie.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private static final List<Locale> STAFF_LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("rightsline-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		// A forged or broken cookie falls back to the browser's language instead of
		// failing every inbox page.
		resolver.setRejectInvalidCookies(false);
		resolver.setDefaultLocaleFunction((request) -> {
			Locale asked = request.getLocale();
			return STAFF_LANGUAGES.stream()
				.filter((l) -> l.getLanguage().equals(asked.getLanguage()))
				.findFirst()
				.orElse(Locale.ENGLISH);
		});
		return resolver;
	}

	/**
	 * {@code ?lang=} changes the language only to one the inbox speaks; anything else is
	 * ignored, never parsed, so that it can neither fail a page nor write to the log.
	 */
	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				String asked = request.getParameter("lang");
				STAFF_LANGUAGES.stream()
					.filter((language) -> language.getLanguage().equals(asked))
					.findFirst()
					.ifPresent((language) -> RequestContextUtils.getLocaleResolver(request)
						.setLocale(request, response, language));
				return true;
			}
		}).addPathPatterns("/inbox", "/inbox/**");
	}

}
