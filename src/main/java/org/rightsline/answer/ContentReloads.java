package org.rightsline.answer;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.rightsline.content.ContentRejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reloads the FAQ on every instance when an admin asks on one of them. The instance that
 * takes the request reloads at once, so the admin sees a broken file straight away; the
 * request is recorded only when that reload succeeded, and the other instances, which
 * share the store, follow it within {@code rightsline.content.reload-check}.
 */
@Component
public class ContentReloads {

	private static final Logger log = LoggerFactory.getLogger(ContentReloads.class);

	/** The last reload asked for: when, and by which staff account (its id). */
	public record Request(Instant requestedAt, String staffId) {
	}

	private final FaqLibrary library;

	private final JdbcClient jdbc;

	private final Clock clock;

	/**
	 * The newest request this instance has acted on; the content it started with before
	 * any.
	 */
	private final AtomicLong followed = new AtomicLong();

	ContentReloads(FaqLibrary library, JdbcClient jdbc, Clock clock) {
		this.library = library;
		this.jdbc = jdbc;
		this.clock = clock;
		this.followed.set(newestId());
	}

	/**
	 * Reloads here and asks the other instances to follow.
	 * @param staffId the admin who asked
	 * @return what is served now
	 * @throws ContentRejected when a file is broken: nothing changes, here or elsewhere
	 */
	public FaqLibrary.Snapshot reloadEverywhere(String staffId) {
		FaqLibrary.Snapshot snapshot = this.library.reload();
		this.jdbc.sql("insert into content_reload (requested_at, requested_by) values (?, ?)")
			.params(Timestamp.from(this.clock.instant()), staffId)
			.update();
		this.followed.accumulateAndGet(newestId(), Math::max);
		return snapshot;
	}

	public Optional<Request> latest() {
		return this.jdbc
			.sql("select requested_at, requested_by from content_reload order by id desc fetch first 1 rows only")
			.query((rs, row) -> new Request(rs.getTimestamp(1).toInstant(), rs.getString(2)))
			.optional();
	}

	@Scheduled(fixedDelayString = "${rightsline.content.reload-check:15s}",
			initialDelayString = "${rightsline.content.reload-check:15s}")
	void followOtherInstances() {
		long newest = newestId();
		long before = this.followed.get();
		if (newest <= before || !this.followed.compareAndSet(before, newest)) {
			return;
		}
		try {
			this.library.reload();
		}
		catch (ContentRejected ex) {
			// This instance's copy of the folder differs from the one that was checked (a
			// volume not yet synced, say): it keeps serving what it had.
			log.error("Reload asked on another instance failed here, the FAQ served is unchanged: {}", ex.getMessage());
		}
	}

	private long newestId() {
		return this.jdbc.sql("select coalesce(max(id), 0) from content_reload").query(Long.class).single();
	}

}
