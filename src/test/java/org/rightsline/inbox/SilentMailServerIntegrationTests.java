package org.rightsline.inbox;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rightsline.conversation.InboundMessage;
import org.rightsline.conversation.Reply;
import org.rightsline.conversation.Triage;
import org.rightsline.delivery.Channel;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A mail server that accepts the connection and never says a word: the person's emergency
 * reply must not wait for it.
 */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1" })
class SilentMailServerIntegrationTests {

	private static ServerSocket silent;

	private static final List<Socket> connections = new CopyOnWriteArrayList<>();

	@BeforeAll
	static void startSilentServer() throws IOException {
		silent = new ServerSocket(0);
		Thread acceptor = new Thread(() -> {
			while (!silent.isClosed()) {
				try {
					connections.add(silent.accept());
				}
				catch (IOException ex) {
					return;
				}
			}
		});
		acceptor.setDaemon(true);
		acceptor.start();
	}

	@AfterAll
	static void stopSilentServer() throws IOException {
		silent.close();
		for (Socket connection : connections) {
			connection.close();
		}
	}

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> silent.getLocalPort());
	}

	@Autowired
	Triage triage;

	@Autowired
	StaffAccounts accounts;

	@Test
	void theEmergencyReplyComesAtOnceWhileTheMailServerSaysNothing() {
		this.accounts.create("silent-" + UUID.randomUUID().toString().substring(0, 6), "On call", "oncall@example.org",
				"a-long-password-1", StaffRole.STAFF);
		String phone = "+15145556" + (100 + (int) (Math.random() * 899));
		// Warm up the path a first message takes, so that only the mail can be slow.
		this.triage.handle(new InboundMessage(Channel.SMS, phone, UUID.randomUUID().toString(), "hello"));

		long start = System.nanoTime();
		Reply reply = this.triage
			.handle(new InboundMessage(Channel.SMS, phone, UUID.randomUUID().toString(), "my baby is not breathing"));
		Duration took = Duration.ofNanos(System.nanoTime() - start);

		assertThat(reply.text()).hasValueSatisfying((text) -> assertThat(text).contains("911"));
		assertThat(took).isLessThan(Duration.ofSeconds(1));
		// The e-mail was really tried: the silent server holds its connection.
		await().atMost(Duration.ofSeconds(5)).until(() -> !connections.isEmpty());
	}

}
