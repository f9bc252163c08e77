package org.rightsline.inbox;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A caseworker who has left, or a stolen laptop: once an admin disables the account or
 * resets its password, the sessions already open end at their next request, the list's
 * refresh included. And a tab left open is logged out when idle, however often the list
 * refreshes itself (the idle time is 2 s here).
 */
@SpringBootTest(properties = "rightsline.inbox.idle-timeout=2s")
@AutoConfigureMockMvc
class EndedSessionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	private String username;

	private String id;

	private MockHttpSession logIn() throws Exception {
		this.username = "leaving-" + UUID.randomUUID().toString().substring(0, 8);
		this.id = this.accounts.create(this.username, "Leaving", null, "a-long-password-1", StaffRole.STAFF);
		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(post("/inbox/login").param("username", this.username)
				.param("password", "a-long-password-1")
				.with(csrf()))
			.andExpect(redirectedUrl("/inbox"))
			.andReturn()
			.getRequest()
			.getSession(false);
		this.mvc.perform(get("/inbox").session(session)).andExpect(status().isOk());
		return session;
	}

	@Test
	void disablingAnAccountEndsItsOpenSession() throws Exception {
		MockHttpSession session = logIn();

		this.accounts.setEnabled(this.id, false);

		this.mvc.perform(get("/inbox").session(session)).andExpect(redirectedUrl("/inbox/login?expired"));
		this.mvc.perform(get("/inbox").session(session)).andExpect(status().is3xxRedirection());
	}

	@Test
	void resettingAPasswordEndsTheOpenSessionAndTheListRefreshSaysSo() throws Exception {
		MockHttpSession session = logIn();

		this.accounts.resetPassword(this.id);

		this.mvc.perform(get("/inbox/threads").header("HX-Request", "true").session(session))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("HX-Redirect", "/inbox/login?expired"));
	}

	@Test
	void anUnchangedAccountKeepsItsSession() throws Exception {
		MockHttpSession session = logIn();

		this.accounts.setEnabled(UUID.randomUUID().toString(), false);

		this.mvc.perform(get("/inbox").session(session)).andExpect(status().isOk());
	}

	@Test
	void logsOutATabThatOnlyRefreshesItsList() throws Exception {
		MockHttpSession session = logIn();

		int refused = 0;
		for (int i = 0; i < 6; i++) {
			Thread.sleep(500);
			refused += (this.mvc.perform(get("/inbox/threads").header("HX-Request", "true").session(session))
				.andReturn()
				.getResponse()
				.getStatus() == 401) ? 1 : 0;
		}

		assertThat(refused).isPositive();
		this.mvc.perform(get("/inbox").session(session)).andExpect(redirectedUrl("/inbox/login"));
	}

	@Test
	void keepsASessionTheCaseworkerUses() throws Exception {
		MockHttpSession session = logIn();

		for (int i = 0; i < 6; i++) {
			Thread.sleep(500);
			this.mvc.perform(get("/inbox").session(session)).andExpect(status().isOk());
		}
	}

}
