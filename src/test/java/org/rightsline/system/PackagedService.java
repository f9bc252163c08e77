package org.rightsline.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rightsline.channel.twilio.TwilioRequests;

/**
 * The packaged service ({@code target/rightsline.jar}) in a process of its own, set up
 * only through the environment variables of {@code .env.example}, as in production but on
 * loopback: its own heap, a fresh H2 file database (or, with
 * {@code -Dbench.profiles=postgres}, a database of its own on the local PostgreSQL),
 * Twilio signatures checked with {@link #TWILIO_TOKEN}, outbound calls pointed at a
 * closed port. Its log goes to {@code target/packaged-service/}.
 */
public final class PackagedService implements AutoCloseable {

	/** The Twilio auth token the service checks signatures with. */
	public static final String TWILIO_TOKEN = "packaged-auth-token";

	private static final Pattern SAMPLE = Pattern.compile("^([a-z_]+)(\\{[^}]*\\})? ([0-9.eE+-]+)$", Pattern.MULTILINE);

	private final Process process;

	private final int port;

	private final Path workDir;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String database;

	private PackagedService(Process process, int port, Path workDir, String database) {
		this.process = process;
		this.port = port;
		this.workDir = workDir;
		this.database = database;
	}

	public static PackagedService start(String heap) throws IOException {
		Path jar = Path.of("target", "rightsline.jar").toAbsolutePath();
		if (!Files.exists(jar)) {
			throw new IllegalStateException(jar + " is missing: run the README's command, which packages it first");
		}
		int port = freePort();
		Path workDir = Files.createTempDirectory("rightsline-bench");
		Path log = Path.of("target", "packaged-service", "service-" + heap + ".log").toAbsolutePath();
		Files.createDirectories(log.getParent());
		List<String> command = new ArrayList<>(List.of("java", "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError", "-jar",
				jar.toString(), "--server.port=" + port,
				"--rightsline.content.directory=" + Path.of("content").toAbsolutePath()));
		String profiles = System.getProperty("bench.profiles", "");
		String database = null;
		if (profiles.isEmpty()) {
			command.add("--spring.datasource.url=jdbc:h2:file:" + workDir.resolve("rightsline"));
		}
		else if (profiles.contains("postgres")) {
			// A database of its own on the local server, dropped after: the tests' stays
			// clean.
			database = "rightsline_packaged_" + ProcessHandle.current().pid();
			postgres("create database " + database);
			command.add("--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/" + database);
		}
		ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		Map<String, String> env = builder.environment();
		env.put("SPRING_PROFILES_ACTIVE", profiles);
		env.put("TWILIO_ACCOUNT_SID", TwilioRequests.ACCOUNT);
		env.put("TWILIO_AUTH_TOKEN", TWILIO_TOKEN);
		env.put("PUBLIC_BASE_URL", TwilioRequests.PUBLIC_BASE);
		env.put("TWILIO_API_BASE_URL", "http://127.0.0.1:9");
		env.put("TELEGRAM_API_BASE_URL", "http://127.0.0.1:9");
		env.put("CONTACT_KEYS", "bench:" + random32());
		env.put("CONTACT_KEY_ID", "bench");
		env.put("CONTACT_LOOKUP_KEY", random32());
		env.put("INBOX_ADMIN_USERNAME", "bench");
		env.put("INBOX_ADMIN_PASSWORD", random32());
		PackagedService service = new PackagedService(builder.start(), port, workDir, database);
		service.awaitReady(Duration.ofMinutes(3));
		return service;
	}

	public int port() {
		return this.port;
	}

	public boolean alive() {
		return this.process.isAlive();
	}

	/**
	 * One figure of {@code /actuator/prometheus}, summed over its tags that contain
	 * {@code tag}.
	 */
	public double metric(String name, String tag) throws IOException, InterruptedException {
		String text = get("/actuator/prometheus").body();
		Matcher matcher = SAMPLE.matcher(text);
		double sum = 0;
		while (matcher.find()) {
			if (matcher.group(1).equals(name) && (matcher.group(2) == null || matcher.group(2).contains(tag))) {
				sum += Double.parseDouble(matcher.group(3));
			}
		}
		return sum;
	}

	/**
	 * The heap still in use after a full collection, asked for with {@code jcmd}: what
	 * the service holds, rather than what the collector has not yet freed.
	 */
	public double liveHeapBytes() throws IOException, InterruptedException {
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		Process gc = new ProcessBuilder(jcmd.toString(), String.valueOf(this.process.pid()), "GC.run")
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		if (!gc.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
			gc.destroyForcibly();
		}
		return metric("jvm_memory_used_bytes", "area=\"heap\"");
	}

	/** The most resident memory the process has used, from the kernel (Linux only). */
	public long peakResidentBytes() throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(this.process.pid()), "status"))) {
			if (line.startsWith("VmHWM:")) {
				return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
			}
		}
		return -1;
	}

	@Override
	public void close() throws IOException {
		this.process.destroy();
		try {
			if (!this.process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		try (var files = Files.walk(this.workDir)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		if (this.database != null) {
			postgres("drop database if exists " + this.database);
		}
	}

	private static void postgres(String statement) throws IOException {
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres",
				"")) {
			connection.createStatement().execute(statement);
		}
		catch (SQLException ex) {
			throw new IOException("PostgreSQL at 127.0.0.1:5432 (user postgres): " + ex.getMessage(), ex);
		}
	}

	private void awaitReady(Duration timeout) throws IOException {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("the service stopped while starting: see target/packaged-service/");
			}
			try {
				if (get("/actuator/health/readiness").statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep(500);
		}
		throw new IllegalStateException("the service was not ready within " + timeout);
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String random32() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
