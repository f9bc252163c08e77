package org.rightsline.system;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rightsline.conversation.InboundMessage;
import org.rightsline.conversation.Triage;
import org.rightsline.delivery.Channel;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What Prometheus scrapes after a few messages. */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class MetricsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Triage triage;

	@Test
	void countsMessagesDecisionsThreadsAndTheOutbox() throws Exception {
		String phone = "+15145554" + (100 + (int) (Math.random() * 899));
		this.triage.handle(new InboundMessage(Channel.SMS, phone, UUID.randomUUID().toString(), "what is ifhp"));
		this.triage.handle(new InboundMessage(Channel.TELEGRAM, "5550001", UUID.randomUUID().toString(),
				"who won the game last night"));

		this.mvc.perform(get("/actuator/prometheus"))
			.andExpect(content().string(allOf(containsString("rightsline_messages_in_total{channel=\"SMS\"}"),
					containsString("rightsline_messages_in_total{channel=\"TELEGRAM\"}"),
					containsString("rightsline_decisions_total{outcome=\"ANSWERED\"}"),
					containsString("rightsline_decisions_total{outcome=\"ESCALATED\"}"),
					containsString("rightsline_answer_latency_seconds"), containsString("rightsline_threads_open "),
					containsString("rightsline_threads_urgent "), containsString("rightsline_outbox_depth "),
					containsString("rightsline_outbox_oldest_age_seconds "), not(containsString(phone)))));
	}

	@Test
	void countsForgedWebhooksWithoutALogLineEach(CapturedOutput output) throws Exception {
		double before = refused();
		for (int i = 0; i < 30; i++) {
			this.mvc
				.perform(post("/webhooks/telegram").header("X-Telegram-Bot-Api-Secret-Token", "forged")
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"update_id\": " + i + "}"))
				.andExpect(status().isUnauthorized());
		}

		assertThat(refused() - before).isEqualTo(30);
		assertThat(output.getAll().lines().filter((line) -> line.contains("Refused")).count()).isLessThanOrEqualTo(1);
	}

	private double refused() throws Exception {
		String metrics = this.mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getContentAsString();
		return metrics.lines()
			.filter((line) -> line
				.startsWith("rightsline_webhooks_refused_total{channel=\"telegram\",reason=\"secret\"}"))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

}
