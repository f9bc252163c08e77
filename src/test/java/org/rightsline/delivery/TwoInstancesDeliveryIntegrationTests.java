package org.rightsline.delivery;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rightsline.RightslineApplication;
import org.rightsline.channel.twilio.TwilioRequests;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the service on one database (PostgreSQL with the postgres profile):
 * the outbox is worked by both, and each message still reaches the person once.
 */
class TwoInstancesDeliveryIntegrationTests {

	private static final String MESSAGES = "/2010-04-01/Accounts/" + TwilioRequests.ACCOUNT + "/Messages.json";

	@RegisterExtension
	final WireMockExtension twilioApi = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().containerThreads(20))
		.build();

	private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	private final String run = "run-" + UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void start() {
		this.twilioApi.stubFor(post(urlEqualTo(MESSAGES)).willReturn(TwilioRequests.created("SMtwo")));
	}

	@AfterEach
	void stop() {
		this.instances.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void deliversAThousandQueuedRepliesOnceEachFromTwoInstances() {
		String database = "jdbc:h2:file:./target/test-data/two-instances-" + this.run;
		JdbcClient jdbc = instance(database, Duration.ofSeconds(30), false);
		String conversation = conversation(jdbc);
		for (int i = 0; i < 1000; i++) {
			queue(jdbc, conversation, this.run + "-" + i, Instant.now());
		}

		instance(database, Duration.ofSeconds(30), true);
		instance(database, Duration.ofSeconds(30), true);

		await().atMost(Duration.ofSeconds(90))
			.until(() -> jdbc.sql("select count(*) from outbound_message where body like ? and status = 'SENT'")
				.param(this.run + "-%")
				.query(Integer.class)
				.single() == 1000);
		Map<String, Long> sentBodies = this.twilioApi.getAllServeEvents()
			.stream()
			.map((event) -> event.getRequest().formParameters().get("Body").firstValue())
			.filter((body) -> body.startsWith(this.run + "-"))
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(sentBodies).hasSize(1000);
		assertThat(sentBodies.values()).allMatch((count) -> count == 1);
	}

	@Test
	void sendsAMessageClaimedByAnInstanceThatDiedOnceItsClaimRunsOut() {
		String database = "jdbc:h2:file:./target/test-data/two-instances-" + this.run;
		JdbcClient jdbc = instance(database, Duration.ofSeconds(2), false);
		String conversation = conversation(jdbc);
		long id = queue(jdbc, conversation, this.run + "-orphan", Instant.now());
		// Claimed by a worker that died right after: nobody will send it until the claim
		// runs out.
		Instant claimedUntil = Instant.now().plusSeconds(2);
		jdbc.sql("update outbound_message set claimed_until = ? where id = ?")
			.params(Timestamp.from(claimedUntil), id)
			.update();

		instance(database, Duration.ofSeconds(2), true);

		await().atMost(Duration.ofSeconds(15))
			.until(() -> "SENT".equals(jdbc.sql("select status from outbound_message where id = ?")
				.param(id)
				.query(String.class)
				.single()));
		assertThat(Instant.now()).isAfterOrEqualTo(claimedUntil);
	}

	/**
	 * Starts an instance: with its delivery worker, or with it idle (a poll interval of
	 * hours).
	 */
	private JdbcClient instance(String h2File, Duration lease, boolean working) {
		SpringApplication application = new SpringApplication(RightslineApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		List<String> args = new ArrayList<>(List.of("--rightsline.twilio.auth-token=" + TwilioRequests.TOKEN,
				"--rightsline.twilio.account-sid=" + TwilioRequests.ACCOUNT,
				"--rightsline.twilio.api-base-url=" + this.twilioApi.baseUrl(),
				"--rightsline.twilio.sms-from=+15145550000",
				"--rightsline.twilio.public-base-url=" + TwilioRequests.PUBLIC_BASE,
				"--rightsline.delivery.lease=" + lease.toMillis() + "ms",
				"--rightsline.delivery.poll-interval=" + (working ? "100ms" : "10h"),
				"--rightsline.inbox.bootstrap-admin=false", "--rightsline.delivery.enabled=true"));
		if (!"postgres".equals(System.getProperty("spring.profiles.active"))) {
			args.add("--spring.datasource.url=" + h2File);
		}
		ConfigurableApplicationContext context = application.run(args.toArray(String[]::new));
		this.instances.add(context);
		return context.getBean(JdbcClient.class);
	}

	private static String conversation(JdbcClient jdbc) {
		String id = UUID.randomUUID().toString();
		jdbc.sql("""
				insert into conversation (id, channel, contact, language, state, created_at, updated_at)
				values (?, 'SMS', ?, 'EN', 'STAFF', current_timestamp, current_timestamp)""")
			.params(id, "+1" + (5140000000L + (long) (Math.random() * 9999999)))
			.update();
		return id;
	}

	private static long queue(JdbcClient jdbc, String conversation, String body, Instant at) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into outbound_message (conversation_id, channel, recipient, body, status, attempts,
				    next_attempt_at, created_at, updated_at)
				values (?, 'SMS', '+15145551234', ?, 'QUEUED', 0, ?, ?, ?)""")
			.params(conversation, body, Timestamp.from(at), Timestamp.from(at), Timestamp.from(at))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

}
