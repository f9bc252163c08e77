package org.rightsline.bench;

import java.util.Locale;

/**
 * The webhook load of {@link WebhookLoad} at smaller and smaller heaps: the least
 * {@code -Xmx} with which the service still answers every request, and what it costs in
 * throughput and latency to come close to it.
 * <p>
 * Run: {@code ./mvnw -q -DskipTests package exec:exec@memory} (settings:
 * {@code -Dbench.heaps=512m,256m,192m,160m,128m,112m -Dbench.seconds=20 -Dbench.clients=8}).
 */
public final class HeapFloor {

	private HeapFloor() {
	}

	public static void main(String[] args) throws Exception {
		int seconds = Integer.getInteger("bench.seconds", 20);
		int clients = Integer.getInteger("bench.clients", 8);
		StringBuilder table = new StringBuilder();
		table.append("| -Xmx | held | signed req/s | signed p99 ms | forged req/s | live heap after full GC MB | ")
			.append("peak resident MB |\n| --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
		String least = null;
		for (String heap : System.getProperty("bench.heaps", "512m,256m,192m,160m,128m,112m").split(",")) {
			String row;
			try {
				WebhookLoad.Run run = WebhookLoad.run(heap.trim(), seconds, clients);
				if (run.held()) {
					least = heap;
					row = String.format(Locale.ROOT, "| %s | yes | %.0f | %.1f | %.0f | %.0f | %.0f |", heap,
							run.signed().perSecond(), run.signed().millis(99), run.forged().perSecond(),
							run.liveAfterGc() / 1e6, run.peakResident() / 1e6);
				}
				else {
					// Figures of a run that failed are those of refused connections: not shown.
					row = String.format(Locale.ROOT, "| %s | no: %s | | | | | |", heap,
							run.survived() ? (run.signed().unexpected() + run.forged().unexpected())
									+ " requests got no proper answer"
									: "the service stopped during the load (see target/packaged-service/service-" + heap
											+ ".log)");
				}
			}
			catch (IllegalStateException ex) {
				// Too small to start at all.
				row = "| " + heap + " | no: " + ex.getMessage() + " | | | | | |";
			}
			System.out.println(row);
			table.append(row).append('\n');
		}
		System.out.println();
		System.out.printf("Webhook load of %d s per kind with %d clients, by heap size:%n%s", seconds, clients, table);
		System.out.println("Least heap that held the load: " + ((least != null) ? least : "none of these"));
	}

}
