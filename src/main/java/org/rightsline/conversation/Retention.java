package org.rightsline.conversation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps message text only as long as the service needs it: past the retention period (90
 * days by default) the text of messages, notes and sent replies is deleted, and the
 * contact of a conversation idle that long is erased. What remains (dates, outcomes,
 * entry ids) keeps the dashboard's counts true without saying anything about anyone.
 */
@Component
public class Retention {

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	private final JdbcClient jdbc;

	private final Duration keep;

	private final Clock clock;

	Retention(JdbcClient jdbc, @Value("${rightsline.privacy.retention:90d}") Duration keep, Clock clock) {
		this.jdbc = jdbc;
		this.keep = keep;
		this.clock = clock;
	}

	/**
	 * Runs every hour; an instance that misses a run loses nothing, the next one catches
	 * up.
	 */
	@Scheduled(fixedDelayString = "${rightsline.privacy.retention-check:1h}", initialDelayString = "1m")
	@SchedulerLock(name = "retention", lockAtMostFor = "PT30M")
	@Transactional
	public void purge() {
		Instant now = this.clock.instant();
		Timestamp cutoff = Timestamp.from(now.minus(this.keep));
		int messages = this.jdbc.sql("update message set body = '' where created_at < ? and body <> ''")
			.param(cutoff)
			.update();
		int notes = this.jdbc.sql("delete from note where created_at < ?").param(cutoff).update();
		int replies = this.jdbc.sql("""
				update outbound_message set body = '', recipient = 'erased', choices = null
				where created_at < ? and status <> 'QUEUED' and body <> ''""").param(cutoff).update();
		int contacts = this.jdbc.sql("""
				update conversation set contact = 'erased:' || id, contact_hash = 'erased:' || id, contact_hint = null
				where updated_at < ? and contact not like 'erased:%'""").param(cutoff).update();
		if (messages + notes + replies + contacts > 0) {
			log.info("Retention: cleared {} message(s), {} note(s), {} sent repl(ies), {} contact(s) older than {}",
					messages, notes, replies, contacts, this.keep);
		}
	}

}
