package org.rightsline.inbox;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rightsline.conversation.InboundMessage;
import org.rightsline.conversation.Triage;
import org.rightsline.delivery.Channel;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a caseworker reads on the inbox's pages. Threads are late here as soon as they
 * wait.
 */
@SpringBootTest(properties = "rightsline.inbox.late-after=0s")
@AutoConfigureMockMvc
class InboxPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Triage triage;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	UserDetailsService users;

	@Test
	void flagsAThreadWaitingTooLongAndMasksTheNumber() throws Exception {
		String phone = "+15145558" + (100 + (int) (Math.random() * 899));
		String token = "late" + UUID.randomUUID().toString().substring(0, 8);
		escalate(phone, "who won the game last night " + token);

		// Searched for, so that the threads of earlier runs on a shared database do not
		// crowd it out.
		this.mvc.perform(get("/inbox").param("search", token).with(user(staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("SMS ..." + phone.substring(phone.length() - 4)),
					containsString("Late"), not(containsString(phone)))));
	}

	@Test
	void saysWhyNothingCanBeSentToSomeoneWhoOptedOut() throws Exception {
		String phone = "+15145559" + (100 + (int) (Math.random() * 899));
		String id = escalate(phone, "who won the game last night");
		this.triage.handle(new InboundMessage(Channel.SMS, phone, UUID.randomUUID().toString(), "STOP"));

		this.mvc.perform(get("/inbox/threads/" + id).with(user(staff())))
			.andExpect(
					content().string(allOf(containsString("texted STOP"), not(containsString("id=\"reply-text\"")))));
		this.mvc
			.perform(post("/inbox/threads/" + id + "/reply").param("text", "Hello?").with(csrf()).with(user(staff())))
			.andExpect(flash().attribute("error", containsString("texted STOP")));
	}

	@Test
	void offersFaqAnswersInTheClaimantsLanguage() throws Exception {
		String id = escalate("+15145557" + (100 + (int) (Math.random() * 899)),
				"bonjour, mon propriétaire garde mon dépôt, est-ce légal?");

		this.mvc.perform(get("/inbox/threads/" + id).with(user(staff())))
			.andExpect(content().string(containsString("Info générale, pas un avis juridique.")));
	}

	@Test
	void drawsTheDashboard() throws Exception {
		escalate("+15145556" + (100 + (int) (Math.random() * 899)), "who won the game last night");

		this.mvc.perform(get("/inbox/dashboard").with(user(staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<svg class=\"chart\""), containsString("<rect"))));
	}

	@Test
	void speaksTheBrowsersLanguage() throws Exception {
		this.mvc.perform(get("/inbox/login").header("Accept-Language", "fr-CA,fr;q=0.9"))
			.andExpect(content().string(containsString("Boîte des intervenants")));
		this.mvc.perform(get("/inbox/login").header("Accept-Language", "en-US"))
			.andExpect(content().string(containsString("Staff inbox")));
	}

	@Test
	void keepsAnEmergencyOnTopOfTheFirstPageUnderAFloodOfSenders() throws Exception {
		String token = "flood" + UUID.randomUUID().toString().substring(0, 8);
		String urgentPhone = "+14385551" + (100 + (int) (Math.random() * 899));
		this.triage.handle(new InboundMessage(Channel.SMS, urgentPhone, UUID.randomUUID().toString(),
				"please help my baby is not breathing " + token));
		for (int i = 0; i < InboxQueries.PAGE_SIZE + 5; i++) {
			escalate("+1438552" + String.format("%04d", i), "who won the game last night " + token);
		}
		StaffUser staff = staff();

		String first = this.mvc.perform(get("/inbox").param("search", token).with(user(staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String second = this.mvc.perform(get("/inbox").param("search", token).param("page", "1").with(user(staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(first.split("class=\"thread-link\"", -1)).hasSize(InboxQueries.PAGE_SIZE + 1);
		assertThat(first.indexOf("SMS ..." + urgentPhone.substring(urgentPhone.length() - 4))).isPositive()
			.isLessThan(first.indexOf("SMS ...0000"));
		assertThat(first).contains("Next page").doesNotContain("Previous page");
		// 55 ordinary threads and the urgent one: 6 on the second page.
		assertThat(second.split("class=\"thread-link\"", -1)).hasSize(6 + 1);
		assertThat(second).contains("Previous page").doesNotContain("Next page");
	}

	private String escalate(String phone, String text) {
		return this.triage.handle(new InboundMessage(Channel.SMS, phone, UUID.randomUUID().toString(), text))
			.conversationId();
	}

	private StaffUser staff() {
		String username = "page-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(username, username, null, "a-long-password-1", StaffRole.STAFF);
		return (StaffUser) this.users.loadUserByUsername(username);
	}

}
