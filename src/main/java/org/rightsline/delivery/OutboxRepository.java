package org.rightsline.delivery;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.rightsline.system.ContactCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The outbox table. */
@Repository
class OutboxRepository {

	private final JdbcClient jdbc;

	private final ContactCipher contacts;

	OutboxRepository(JdbcClient jdbc, ContactCipher contacts) {
		this.jdbc = jdbc;
		this.contacts = contacts;
	}

	long insert(String conversationId, Channel channel, String recipient, String body, List<Choice> choices,
			Instant now) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into outbound_message (conversation_id, channel, recipient, body, choices, status, attempts,
				    next_attempt_at, created_at, updated_at)
				values (?, ?, ?, ?, ?, 'QUEUED', 0, ?, ?, ?)""")
			.params(conversationId, channel.name(), this.contacts.encrypt(recipient), body, Choice.encode(choices),
					ts(now), ts(now), ts(now))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/**
	 * Claims due messages for this worker until {@code until}. {@code SKIP LOCKED} lets
	 * several instances claim at once without waiting on, or taking, each other's rows.
	 */
	List<OutboundMessage> claimDue(Instant now, Instant until, int limit) {
		List<OutboundMessage> due = this.jdbc.sql("""
				select id, conversation_id, channel, recipient, body, choices, attempts,
				    (select c.service_address from conversation c where c.id = outbound_message.conversation_id)
				        as sender
				from outbound_message
				where status = 'QUEUED' and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?)
				order by next_attempt_at, id
				fetch first %d rows only
				for update skip locked""".formatted(limit))
			.params(ts(now), ts(now))
			.query((rs, row) -> new OutboundMessage(rs.getLong("id"), rs.getString("conversation_id"),
					Channel.valueOf(rs.getString("channel")), this.contacts.decrypt(rs.getString("recipient")),
					rs.getString("body"), Choice.decode(rs.getString("choices")), rs.getInt("attempts"),
					rs.getString("sender")))
			.list();
		for (OutboundMessage message : due) {
			this.jdbc.sql("update outbound_message set claimed_until = ? where id = ?")
				.params(ts(until), message.id())
				.update();
		}
		return due;
	}

	void markSent(long id, String providerMessageId, Instant now) {
		this.jdbc.sql("""
				update outbound_message set status = 'SENT', provider_message_id = ?, attempts = attempts + 1,
				    claimed_until = null, error_code = null, error_reason = null, updated_at = ?
				where id = ?""").params(providerMessageId, ts(now), id).update();
	}

	void scheduleRetry(long id, Instant next, String reason, Instant now) {
		this.jdbc.sql("""
				update outbound_message set attempts = attempts + 1, next_attempt_at = ?, claimed_until = null,
				    error_reason = ?, updated_at = ?
				where id = ?""").params(ts(next), truncate(reason), ts(now), id).update();
	}

	void markFailed(long id, String code, String reason, Instant now) {
		this.jdbc.sql("""
				update outbound_message set status = 'FAILED', attempts = attempts + 1, claimed_until = null,
				    error_code = ?, error_reason = ?, updated_at = ?
				where id = ?""").params(code, truncate(reason), ts(now), id).update();
	}

	/**
	 * A provider's later report on a message it accepted. Reports can arrive out of
	 * order, so a message only moves forward: a late "sent" never undoes "delivered" or
	 * "failed".
	 */
	int recordProviderStatus(String providerMessageId, DeliveryStatus status, String code, String reason, Instant now) {
		return this.jdbc.sql("""
				update outbound_message set status = ?, error_code = coalesce(?, error_code),
				    error_reason = coalesce(?, error_reason), updated_at = ?
				where provider_message_id = ? and status in ('QUEUED', 'SENT')""")
			.params(status.name(), code, truncate(reason), ts(now), providerMessageId)
			.update();
	}

	Optional<Instant> createdAt(long id) {
		return this.jdbc.sql("select created_at from outbound_message where id = ?")
			.param(id)
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

	private static String truncate(String reason) {
		return (reason == null || reason.length() <= 500) ? reason : reason.substring(0, 500);
	}

	private static Timestamp ts(Instant instant) {
		return Timestamp.from(instant);
	}

}
