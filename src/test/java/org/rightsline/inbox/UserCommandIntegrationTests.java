package org.rightsline.inbox;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rightsline.RightslineApplication;
import org.rightsline.system.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar target/rightsline.jar user add ...}, as an admin runs it. */
class UserCommandIntegrationTests {

	@Test
	void createsAnAccountAndPrintsItsPasswordOnce() {
		String username = "cli-" + UUID.randomUUID().toString().substring(0, 8);

		String output = run("user", "add", username, "--admin", "--name", "Dana Admin");

		assertThat(output).contains("Created ADMIN account '" + username + "'")
			.containsPattern("Password \\(shown once\\): \\S{20}");
	}

	@Test
	void explainsItsUsage() {
		assertThat(CommandLine.run(RightslineApplication.class, new String[] { "user", "remove", "x" })).isEqualTo(2);
	}

	private static String run(String... args) {
		PrintStream original = System.out;
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		System.setOut(new PrintStream(output, true, StandardCharsets.UTF_8));
		try {
			assertThat(CommandLine.run(RightslineApplication.class, args)).isZero();
		}
		finally {
			System.setOut(original);
		}
		return output.toString(StandardCharsets.UTF_8);
	}

}
