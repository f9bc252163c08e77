package org.rightsline.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a load balancer or Kubernetes asks: is the process alive, and is it ready to
 * answer?
 */
@SpringBootTest
@AutoConfigureMockMvc
class HealthIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void saysItIsAlive() throws Exception {
		this.mvc.perform(get("/actuator/health/liveness"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"UP\"")));
	}

	@Test
	void saysItIsReadyOnceTheStoreAndTheFaqAre() throws Exception {
		this.mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"UP\"")));
	}

}
