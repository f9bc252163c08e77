package org.rightsline.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.HdrHistogram.Histogram;
import org.rightsline.channel.twilio.TwilioRequests;
import org.rightsline.system.PackagedService;

/**
 * Load on the Twilio SMS webhook of the packaged service, on loopback: signed questions
 * as Twilio sends them (each from a new number, with a new MessageSid, so each is a new
 * conversation stored, answered or escalated), side by side with the same requests under
 * a forged signature, which the service refuses (403) before reading the message: the
 * floor of the web stack. Rounds of the two alternate, so drift on the machine touches
 * both alike. A fixed number of clients each send their next request when the last one
 * is answered (a closed loop: latency under this load, not a promise under any load).
 * <p>
 * Run: {@code ./mvnw -q -DskipTests package exec:exec@webhook} (settings:
 * {@code -Dbench.heap=512m -Dbench.seconds=20 -Dbench.clients=8}).
 */
public final class WebhookLoad {

	private static final String PATH = "/webhooks/twilio/messages";

	private static final int ROUNDS = 4;

	private final int port;

	private final int clients;

	private final List<String> questions;

	private final AtomicInteger sender = new AtomicInteger(1_000_000);

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	WebhookLoad(int port, int clients) throws IOException {
		this.port = port;
		this.clients = clients;
		this.questions = Files.readAllLines(Path.of("eval", "dev.tsv"))
			.stream()
			.skip(1)
			.filter((line) -> !line.isBlank())
			.map((line) -> line.split("\t", 3)[2])
			.toList();
	}

	/** What one kind of request got over the whole run. */
	record Figures(String kind, long requests, long unexpected, double seconds, Histogram micros) {

		double perSecond() {
			return this.requests / this.seconds;
		}

		double millis(double percentile) {
			return this.micros.getValueAtPercentile(percentile) / 1000.0;
		}

	}

	/** Both kinds after a warm-up, and the memory the service holds afterwards. */
	record Run(String heap, int clients, Figures signed, Figures forged, double heapUsedAfter, double liveAfterGc,
			long peakResident, boolean survived) {

		double ratio() {
			return this.signed.perSecond() / this.forged.perSecond();
		}

		boolean held() {
			return this.survived && this.signed.unexpected() == 0 && this.forged.unexpected() == 0;
		}

	}

	public static void main(String[] args) throws Exception {
		String heap = System.getProperty("bench.heap", "512m");
		int seconds = Integer.getInteger("bench.seconds", 20);
		int clients = Integer.getInteger("bench.clients", 8);
		Run run = run(heap, seconds, clients);
		System.out.println();
		System.out.printf(Locale.ROOT, "Twilio webhook on loopback: service -Xmx%s, %d clients, %d s of each kind, "
				+ "%d cores, database %s%n", heap, clients, seconds, Runtime.getRuntime().availableProcessors(),
				System.getProperty("bench.profiles", "").isEmpty() ? "H2 file" : "PostgreSQL, local");
		System.out.println("| requests | sent | req/s | p50 ms | p90 ms | p99 ms | max ms | unexpected |");
		System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
		for (Figures figures : List.of(run.signed(), run.forged())) {
			System.out.printf(Locale.ROOT, "| %s | %d | %.0f | %.1f | %.1f | %.1f | %.1f | %d |%n", figures.kind(),
					figures.requests(), figures.perSecond(), figures.millis(50), figures.millis(90),
					figures.millis(99), figures.micros().getMaxValue() / 1000.0, figures.unexpected());
		}
		System.out.printf(Locale.ROOT, "signed/forged throughput: %.2f (a signed question costs %.1fx a refusal)%n",
				run.ratio(), 1 / run.ratio());
		System.out.printf(Locale.ROOT, "heap in use after the load %.0f MB, live after a full GC %.0f MB, "
				+ "peak resident memory %.0f MB%n", run.heapUsedAfter() / 1e6, run.liveAfterGc() / 1e6,
				run.peakResident() / 1e6);
		if (!run.held()) {
			System.out.println("THE SERVICE DID NOT HOLD THIS LOAD: see target/packaged-service/service-" + heap + ".log");
			System.exit(1);
		}
	}

	static Run run(String heap, int seconds, int clients) throws Exception {
		try (PackagedService service = PackagedService.start(heap)) {
			WebhookLoad load = new WebhookLoad(service.port(), clients);
			Figures signed = new Figures("signed", 0, 0, 0, new Histogram(3));
			Figures forged = new Figures("forged", 0, 0, 0, new Histogram(3));
			load.phase(true, Math.max(5, seconds / 2), null);
			load.phase(false, Math.max(3, seconds / 4), null);
			for (int round = 0; round < ROUNDS; round++) {
				signed = load.phase(true, (double) seconds / ROUNDS, signed);
				forged = load.phase(false, (double) seconds / ROUNDS, forged);
			}
			boolean survived = service.alive();
			double used = survived ? service.metric("jvm_memory_used_bytes", "area=\"heap\"") : 0;
			double live = survived ? service.liveHeapBytes() : 0;
			return new Run(heap, clients, signed, forged, used, live, survived ? service.peakResidentBytes() : 0,
					survived);
		}
	}

	/** Sends one kind for a while from every client; adds to {@code sofar} unless warming up. */
	private Figures phase(boolean signed, double seconds, Figures sofar) throws Exception {
		long deadline = System.nanoTime() + (long) (seconds * 1e9);
		ExecutorService pool = Executors.newFixedThreadPool(this.clients);
		List<Future<long[]>> results = new ArrayList<>();
		Histogram histogram = new Histogram(3);
		for (int i = 0; i < this.clients; i++) {
			results.add(pool.submit(() -> {
				Histogram mine = new Histogram(3);
				long requests = 0;
				long unexpected = 0;
				while (System.nanoTime() < deadline) {
					HttpRequest request = request(signed, (int) requests);
					long start = System.nanoTime();
					int status;
					try {
						status = this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
					}
					catch (IOException ex) {
						status = -1;
					}
					mine.recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
					requests++;
					if (status != (signed ? 200 : 403)) {
						unexpected++;
					}
				}
				synchronized (histogram) {
					histogram.add(mine);
				}
				return new long[] { requests, unexpected };
			}));
		}
		long requests = 0;
		long unexpected = 0;
		for (Future<long[]> result : results) {
			requests += result.get()[0];
			unexpected += result.get()[1];
		}
		pool.shutdown();
		if (sofar == null) {
			return null;
		}
		sofar.micros().add(histogram);
		return new Figures(sofar.kind(), sofar.requests() + requests, sofar.unexpected() + unexpected,
				sofar.seconds() + seconds, sofar.micros());
	}

	private HttpRequest request(boolean signed, int n) {
		Map<String, String> form = TwilioRequests.with(
				TwilioRequests.sms(this.questions.get((n * 31 + this.sender.get()) % this.questions.size())), "From",
				"+1438" + this.sender.incrementAndGet());
		String signature = TwilioRequests.sign(TwilioRequests.PUBLIC_BASE + PATH, form,
				signed ? PackagedService.TWILIO_TOKEN : "a-forged-token");
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + PATH))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Twilio-Signature", signature)
			.POST(HttpRequest.BodyPublishers.ofString(TwilioRequests.encode(form)))
			.build();
	}

}
