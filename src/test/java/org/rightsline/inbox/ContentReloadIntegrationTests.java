package org.rightsline.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightsline.conversation.InboundMessage;
import org.rightsline.conversation.Triage;
import org.rightsline.delivery.Channel;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasToString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An admin edits the FAQ and reloads it from the inbox: claimants get the new text at
 * once, a broken file changes nothing, and an instance that was not asked follows the one
 * that was. The content is a copy of {@code content/} that each test edits.
 */
@SpringBootTest(properties = "rightsline.content.reload-check=200ms")
@AutoConfigureMockMvc
class ContentReloadIntegrationTests {

	static final Path FOLDER = copyOfShippedContent();

	static final Path ENTRY = FOLDER.resolve("ifhp/ifhp-clinic-refused.en.md");

	static final String QUESTION = "doctor refused to see me with my brown paper, is that allowed?";

	@DynamicPropertySource
	static void contentFolder(DynamicPropertyRegistry registry) {
		registry.add("rightsline.content.directory", FOLDER::toString);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Triage triage;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	String shipped;

	@BeforeEach
	void rememberEntry() throws IOException {
		this.shipped = Files.readString(ENTRY);
	}

	@AfterEach
	void restoreEntry() throws Exception {
		Files.writeString(ENTRY, this.shipped);
		Files.deleteIfExists(FOLDER.resolve("ifhp/broken.en.md"));
		this.mvc.perform(post("/inbox/content/reload").with(csrf()).with(user(account(StaffRole.ADMIN))));
	}

	@Test
	void anAdminsReloadServesTheEditedAnswerAtOnce() throws Exception {
		String marker = "Edited " + UUID.randomUUID().toString().substring(0, 6);
		assertThat(answer(QUESTION)).doesNotContain(marker);
		editSmsText(marker);

		StaffUser admin = account(StaffRole.ADMIN);
		this.mvc.perform(post("/inbox/content/reload").with(csrf()).with(user(admin)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", containsString(entryFiles() + " entries")));

		assertThat(answer(QUESTION)).contains(marker);
		this.mvc.perform(get("/inbox/content").with(user(admin)))
			.andExpect(content().string(allOf(containsString(entryFiles() + " entries in"),
					containsString("Last reload asked from the inbox"), containsString(admin.displayName()))));
	}

	@Test
	void aBrokenFileIsShownAndTheServedFaqStaysAsItWas() throws Exception {
		String before = answer(QUESTION);
		editSmsText("Never served");
		Files.writeString(FOLDER.resolve("ifhp/broken.en.md"), "---\nid: broken\nlang: en\n---\nno title\n");

		this.mvc.perform(post("/inbox/content/reload").with(csrf()).with(user(account(StaffRole.ADMIN))))
			.andExpect(flash().attribute("error", containsString("was not reloaded")))
			.andExpect(flash().attribute("problems", hasItem(hasToString(containsString("broken.en.md")))));

		assertThat(answer(QUESTION)).isEqualTo(before);
	}

	@Test
	void anInstanceFollowsAReloadAskedOnAnother() throws Exception {
		String marker = "Followed " + UUID.randomUUID().toString().substring(0, 6);
		editSmsText(marker);
		assertThat(answer(QUESTION)).doesNotContain(marker);

		// What another instance's reload leaves in the shared store.
		this.jdbc.sql("insert into content_reload (requested_at, requested_by) values (?, ?)")
			.params(Timestamp.from(Instant.now()), account(StaffRole.ADMIN).id())
			.update();

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(answer(QUESTION)).contains(marker));
	}

	@Test
	void theFaqTabPutsTheFileReviewedLongestAgoFirstWithItsSourcesAsLinks() throws Exception {
		Files.writeString(ENTRY, this.shipped.replaceFirst("reviewed: \\d{4}-\\d{2}-\\d{2}", "reviewed: 2020-01-02")
			.replaceFirst("reviewed-by: .*", "reviewed-by: legal clinic"));
		StaffUser admin = account(StaffRole.ADMIN);
		this.mvc.perform(post("/inbox/content/reload").with(csrf()).with(user(admin)))
			.andExpect(flash().attribute("flash", containsString("entries")));

		String page = this.mvc.perform(get("/inbox/content").with(user(admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String reviews = page.substring(page.indexOf("id=\"reviews\""));
		String firstRow = reviews.substring(reviews.indexOf("<tbody>"),
				reviews.indexOf("</tr>", reviews.indexOf("<tbody>")));

		assertThat(firstRow).contains("ifhp-clinic-refused (en)", "2020-01-02", "legal clinic", "<a href=\"https://");
	}

	@Test
	void onlyAdminsSeeOrReloadTheFaq() throws Exception {
		StaffUser staff = account(StaffRole.STAFF);
		this.mvc.perform(get("/inbox/content").with(user(staff))).andExpect(status().isForbidden());
		this.mvc.perform(post("/inbox/content/reload").with(csrf()).with(user(staff)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/inbox/content/reload").with(user(account(StaffRole.ADMIN))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/inbox").with(user(staff)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/inbox/content"))));
	}

	private String answer(String question) {
		return this.triage
			.handle(new InboundMessage(Channel.SMS, "+1514555" + (1000 + (int) (Math.random() * 8999)),
					UUID.randomUUID().toString(), question))
			.text()
			.orElseThrow();
	}

	/**
	 * Puts the marker over the first characters of the SMS text, which keeps its length.
	 */
	private void editSmsText(String marker) throws IOException {
		String field = "sms: >-\n  ";
		int at = this.shipped.indexOf(field) + field.length();
		String edit = marker + ". ";
		Files.writeString(ENTRY, this.shipped.substring(0, at) + edit + this.shipped.substring(at + edit.length()));
	}

	private static long entryFiles() throws IOException {
		try (Stream<Path> files = Files.walk(FOLDER)) {
			return files.filter((file) -> file.toString().endsWith(".md") && !file.endsWith("README.md")).count();
		}
	}

	private StaffUser account(StaffRole role) {
		String username = "content-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(username, "Admin " + username, null, "a-long-password-1", role);
		return (StaffUser) this.users.loadUserByUsername(username);
	}

	private static Path copyOfShippedContent() {
		try {
			Path target = Files.createTempDirectory("rightsline-content");
			Path source = Path.of("content");
			try (Stream<Path> files = Files.walk(source)) {
				for (Path file : (Iterable<Path>) files::iterator) {
					Path copy = target.resolve(source.relativize(file).toString());
					if (Files.isDirectory(file)) {
						Files.createDirectories(copy);
					}
					else {
						Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
					}
				}
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
