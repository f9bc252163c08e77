package org.rightsline.channel.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * In production ({@code prod} sets this setting) nobody can reach the bot without a
 * phone.
 */
@SpringBootTest(properties = "rightsline.try-it.enabled=false")
@AutoConfigureMockMvc
class TryItDisabledIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void servesNoTryItPageWhenDisabled() throws Exception {
		this.mvc.perform(get("/try")).andExpect(status().isNotFound());
		this.mvc.perform(get("/try/messages")).andExpect(status().isNotFound());
	}

}
