package org.rightsline.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How passwords are hashed, for the web login and the {@code user add} command alike. */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

	/**
	 * The delegating encoder: bcrypt today, and the algorithm named in every hash for
	 * tomorrow.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
