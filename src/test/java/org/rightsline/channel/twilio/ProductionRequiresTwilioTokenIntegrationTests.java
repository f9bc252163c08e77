package org.rightsline.channel.twilio;

import org.junit.jupiter.api.Test;
import org.rightsline.RightslineApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * In production an unsigned webhook would let anyone write to the inbox: no token, no
 * start.
 */
class ProductionRequiresTwilioTokenIntegrationTests {

	@Test
	void refusesToStartTheProdProfileWithoutATwilioToken() {
		SpringApplication application = new SpringApplication(RightslineApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);

		assertThatThrownBy(() -> application.run("--spring.profiles.active=prod",
				"--spring.datasource.url=jdbc:h2:mem:prod-without-token", "--rightsline.twilio.auth-token="))
			.rootCause()
			.hasMessageContaining("TWILIO_AUTH_TOKEN is not set");
	}

}
