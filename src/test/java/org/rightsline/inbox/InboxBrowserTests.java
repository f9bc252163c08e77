package org.rightsline.inbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rightsline.channel.twilio.TwilioRequests;
import org.rightsline.content.ShippedContent;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A caseworker's day, in a real headless Chromium: log in, see an escalated SMS arrive
 * without reloading, answer it, see the answer reach Twilio (WireMock) and be marked
 * sent, resolve the thread. GreenMail receives the e-mail that told staff of the
 * escalation.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "rightsline.twilio.auth-token=" + TwilioRequests.TOKEN,
				"rightsline.twilio.account-sid=" + TwilioRequests.ACCOUNT,
				"rightsline.twilio.public-base-url=" + TwilioRequests.PUBLIC_BASE,
				"rightsline.twilio.sms-from=+15145550000", "rightsline.delivery.poll-interval=200ms",
				"rightsline.inbox.refresh-every=1s", "rightsline.inbox.digest-every=1s", "spring.mail.host=127.0.0.1",
				"spring.mail.port=3025", "rightsline.delivery.enabled=true" })
class InboxBrowserTests {

	private static final String MESSAGES = "/2010-04-01/Accounts/" + TwilioRequests.ACCOUNT + "/Messages.json";

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/**
	 * On a machine with only a JDK the browser tests are skipped, and say so; on CI
	 * ({@code CI=true}, where {@code .ci/run} installs Chromium) they are required.
	 */
	@BeforeAll
	static void needsChromium() {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		String skipped = "Browser tests skipped: Chromium and ChromeDriver are not installed "
				+ "(Debian: apt-get install chromium chromium-driver; .ci/run installs them)";
		if (!installed && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("On CI the browser tests are required. " + skipped);
		}
		if (!installed) {
			System.err.println(skipped);
		}
		Assumptions.assumeTrue(installed, skipped);
	}

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@RegisterExtension
	static final WireMockExtension twilioApi = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	@DynamicPropertySource
	static void twilioApi(DynamicPropertyRegistry registry) {
		registry.add("rightsline.twilio.api-base-url", twilioApi::baseUrl);
	}

	@LocalServerPort
	int port;

	@Autowired
	StaffAccounts accounts;

	private WebDriver browser;

	private WebDriverWait wait;

	private String username;

	@BeforeEach
	void openBrowser() {
		twilioApi.stubFor(post(urlEqualTo(MESSAGES)).willReturn(TwilioRequests.created("SMstaffreply")));
		this.username = "caseworker-" + UUID.randomUUID().toString().substring(0, 6);
		this.accounts.create(this.username, "Marie Caseworker", "marie@example.org", "a-long-password-1",
				StaffRole.STAFF);
		ChromeOptions chrome = new ChromeOptions();
		chrome.setBinary(CHROMIUM.toString());
		chrome.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--window-size=1100,900", "--lang=en-US");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		this.browser = new ChromeDriver(service, chrome);
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(15));
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void answersAnEscalatedSmsAndResolvesIt() throws Exception {
		String phone = "+1514555" + (1000 + (int) (Math.random() * 8999));
		String tail = phone.substring(phone.length() - 4);

		String token = "puck" + UUID.randomUUID().toString().substring(0, 6);
		logIn();
		assertThat(this.browser.getTitle()).contains("Inbox");
		// A caseworker searching for a word: the list keeps the search as it refreshes
		// itself, and the
		// threads of earlier runs on a shared database stay out of the way.
		this.browser.findElement(By.name("search")).sendKeys(token);
		this.browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlContains("search=" + token));

		escalatedSmsArrives(phone, "who won the hockey game last night " + token);
		By thread = By
			.xpath("//a[contains(@class,'thread-link')][.//span[@class='who' and text()='SMS ..." + tail + "']]");
		// No reload: the list refreshes itself.
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(thread));
		screenshot("inbox-list");

		this.browser.findElement(thread).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reply-text")));
		assertThat(this.browser.findElement(By.cssSelector("ol.conversation")).getText())
			.contains("who won the hockey game last night " + token);
		this.browser.findElement(By.id("reply-text")).sendKeys("Hello, a caseworker will call you tomorrow.");
		this.browser.findElement(By.cssSelector("form.reply button[type=submit]")).click();

		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash")));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> twilioApi.verify(postRequestedFor(urlEqualTo(MESSAGES)).withFormParam("To", equalTo(phone))
						.withFormParam("Body", equalTo("Hello, a caseworker will call you tomorrow."))));
		await().atMost(Duration.ofSeconds(10)).until(() -> {
			this.browser.navigate().refresh();
			return this.browser.findElement(By.cssSelector("li.staff .delivery")).getText().contains("Sent");
		});
		assertThat(this.browser.findElement(By.cssSelector("li.staff")).getText()).contains("Marie Caseworker");
		screenshot("inbox-thread");

		this.browser.findElement(By.xpath("//form[contains(@action,'/resolve')]/button")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.state"), "Resolved"));

		MimeMessage notice = awaitMail();
		String body = GreenMailUtil.getBody(notice);
		assertThat(body).contains("/inbox/threads/").doesNotContain("hockey").doesNotContain(tail);
	}

	@Test
	void speaksFrenchWhenAsked() {
		logIn();
		this.browser.get(base() + "/inbox?lang=fr");

		assertThat(this.browser.findElement(By.cssSelector("nav.tabs")).getText()).contains("Ouverts");
	}

	@Test
	void anAdminReloadsTheFaq() throws Exception {
		this.username = "admin-" + UUID.randomUUID().toString().substring(0, 6);
		this.accounts.create(this.username, "Ana Admin", null, "a-long-password-1", StaffRole.ADMIN);
		logIn();
		this.browser.findElement(By.linkText("FAQ")).click();
		int entries = ShippedContent.load().entries().size();
		assertThat(this.browser.findElement(By.id("served")).getText()).contains(entries + " entries");

		this.browser.findElement(By.id("reload")).click();

		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.flash"),
				"FAQ reloaded: " + entries + " entries"));
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("Last reload asked from the inbox")
			.contains("Ana Admin");
		screenshot("inbox-faq");
	}

	private void logIn() {
		this.browser.get(base() + "/inbox/login");
		this.browser.findElement(By.id("username")).sendKeys(this.username);
		this.browser.findElement(By.id("password")).sendKeys("a-long-password-1");
		this.browser.findElement(By.cssSelector("form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.tabs")));
	}

	private void escalatedSmsArrives(String phone, String text) throws Exception {
		Map<String, String> form = TwilioRequests.with(TwilioRequests.sms(text), "From", phone);
		assertThat(new TwilioRequests(this.port).postSigned("/webhooks/twilio/messages", form).statusCode())
			.isEqualTo(200);
	}

	private MimeMessage awaitMail() {
		await().atMost(Duration.ofSeconds(10)).until(() -> mail.getReceivedMessages().length > 0);
		return mail.getReceivedMessages()[0];
	}

	private void screenshot(String name) throws Exception {
		Path file = Path.of("target", "screenshots", name + ".png");
		Files.createDirectories(file.getParent());
		Files.write(file, ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES));
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
