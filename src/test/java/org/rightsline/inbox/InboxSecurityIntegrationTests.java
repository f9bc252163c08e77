package org.rightsline.inbox;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The inbox's doors: who gets in, who gets where, and what a forged form gets. */
@SpringBootTest
@AutoConfigureMockMvc
class InboxSecurityIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void sendsEveryoneWithoutALoginToTheLoginPage() throws Exception {
		for (String path : new String[] { "/inbox", "/inbox/threads", "/inbox/dashboard", "/inbox/accounts",
				"/inbox/threads/" + UUID.randomUUID() }) {
			this.mvc.perform(get(path))
				.andExpect(status().is3xxRedirection())
				.andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/inbox/login")));
		}
		this.mvc.perform(post("/inbox/threads/" + UUID.randomUUID() + "/reply").param("text", "hi").with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void keepsAccountManagementForAdmins() throws Exception {
		StaffUser staff = staff(StaffRole.STAFF);
		this.mvc.perform(get("/inbox/accounts").with(user(staff))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/inbox/accounts").with(user(staff))
				.with(csrf())
				.param("username", "intruder")
				.param("displayName", "x")
				.param("role", "ADMIN"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/inbox/accounts").with(user(staff(StaffRole.ADMIN)))).andExpect(status().isOk());
	}

	@Test
	void refusesAFormWithoutItsCsrfToken() throws Exception {
		this.mvc
			.perform(post("/inbox/threads/" + UUID.randomUUID() + "/reply").param("text", "hi")
				.with(user(staff(StaffRole.STAFF))))
			.andExpect(status().isForbidden());
	}

	@Test
	void answersAnUnknownThreadWithNotFound() throws Exception {
		this.mvc.perform(get("/inbox/threads/" + UUID.randomUUID()).with(user(staff(StaffRole.STAFF))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/inbox/threads/1").with(user(staff(StaffRole.STAFF)))).andExpect(status().isNotFound());
	}

	@Test
	void namesThreadsWithRandomIdsThatCannotBeWalked() {
		for (String id : this.jdbc.sql("select id from conversation").query(String.class).list()) {
			assertThat(UUID.fromString(id).version()).isEqualTo(4);
		}
	}

	@Test
	void sendsSecureHeaders() throws Exception {
		this.mvc.perform(get("/inbox/login"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().exists("Cache-Control"))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.containsString("script-src 'self'")));
	}

	@Test
	void locksAnAccountAfterRepeatedFailedLoginsFromSeveralAddresses() throws Exception {
		String username = "locked-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(username, "Locked", null, "the-right-password", StaffRole.STAFF);
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(login(username, "wrong", "198.51.100." + (10 + i)))
				.andExpect(redirectedUrl("/inbox/login?error"));
		}
		this.mvc.perform(login(username, "the-right-password", "198.51.100.99"))
			.andExpect(redirectedUrl("/inbox/login?error"));
	}

	@Test
	void slowsOneAddressBeforeItCanLockAnybodyOut() throws Exception {
		String username = "admin-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(username, "Admin", null, "the-right-password", StaffRole.ADMIN);
		String attacker = "203.0.113." + (1 + (int) (Math.random() * 200));
		for (int i = 0; i < 10; i++) {
			this.mvc.perform(login(username, "guess" + i, attacker)).andExpect(redirectedUrl("/inbox/login?error"));
		}

		this.mvc.perform(login(username, "the-right-password", attacker))
			.andExpect(redirectedUrl("/inbox/login?error"));
		this.mvc.perform(login(username, "the-right-password", "192.0.2.44")).andExpect(redirectedUrl("/inbox"));
	}

	@Test
	void startsCountingAgainWhenALockHasEnded() throws Exception {
		String username = "ended-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(username, "Ended", null, "the-right-password", StaffRole.STAFF);
		this.jdbc.sql("update staff_user set failed_logins = 5, locked_until = ? where username = ?")
			.params(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), username)
			.update();

		this.mvc.perform(login(username, "one-more-wrong", "198.51.100.200"))
			.andExpect(redirectedUrl("/inbox/login?error"));

		this.mvc.perform(login(username, "the-right-password", "198.51.100.201")).andExpect(redirectedUrl("/inbox"));
	}

	private static MockHttpServletRequestBuilder login(String username, String password, String address) {
		return post("/inbox/login").with(csrf())
			.param("username", username)
			.param("password", password)
			.with((request) -> {
				request.setRemoteAddr(address);
				return request;
			});
	}

	@Test
	void ignoresALanguageItDoesNotSpeakAndABrokenLanguageCookie() throws Exception {
		this.mvc.perform(get("/inbox/login").param("lang", "x\nFORGED-LINE"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Username")));
		this.mvc.perform(get("/inbox/login").cookie(new Cookie("rightsline-lang", "\"><script>")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/inbox/login").param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Nom d")));
	}

	@Test
	void letsTheRightPasswordIn() throws Exception {
		String username = "ok-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(username, "Okay", null, "the-right-password", StaffRole.STAFF);

		this.mvc.perform(
				post("/inbox/login").with(csrf()).param("username", username).param("password", "the-right-password"))
			.andExpect(redirectedUrl("/inbox"));
	}

	@Test
	void storesPasswordsOnlyAsModernHashes() {
		String username = "hash-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(username, "Hash", null, "the-right-password", StaffRole.STAFF);

		String hash = this.jdbc.sql("select password_hash from staff_user where username = ?")
			.param(username)
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("the-right-password");
	}

	private StaffUser staff(StaffRole role) {
		String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(username, username, null, "a-long-password-1", role);
		return (StaffUser) this.users.loadUserByUsername(username);
	}

}
