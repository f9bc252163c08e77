package org.rightsline.conversation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.rightsline.content.Language;
import org.rightsline.delivery.Channel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The messages of conversations, and the receipts that make a repeated delivery a no-op.
 */
@Repository
class MessageRepository {

	enum Direction {

		IN, OUT

	}

	enum Author {

		CLAIMANT, BOT, STAFF

	}

	/** A stored reply, enough to answer a repeated delivery exactly as the first time. */
	record StoredReply(String conversationId, Optional<Long> replyMessageId) {
	}

	private final JdbcClient jdbc;

	MessageRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long append(String conversationId, Direction direction, Author author, String body, Outcome outcome, String entryId,
			Language language, Instant at) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into message (conversation_id, direction, author, body, outcome, entry_id, language, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(conversationId, direction.name(), author.name(), body, (outcome != null) ? outcome.name() : null,
					entryId, language.name(), Timestamp.from(at))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/** A staff member's reply, tied to the outbox row that carries it. */
	long appendStaffReply(String conversationId, String authorId, String body, long outboundId, Language language,
			Instant at) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					insert into message (conversation_id, direction, author, author_id, outbound_id, body, language, created_at)
					values (?, 'OUT', 'STAFF', ?, ?, ?, ?, ?)""")
			.params(conversationId, authorId, outboundId, body, language.name(), Timestamp.from(at))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	void appendNote(String conversationId, String authorId, String body, Instant at) {
		this.jdbc.sql("insert into note (conversation_id, author_id, body, created_at) values (?, ?, ?, ?)")
			.params(conversationId, authorId, body, Timestamp.from(at))
			.update();
	}

	/**
	 * Records the provider's message id; a second delivery of it fails on the unique key.
	 */
	void recordReceipt(Channel channel, String providerMessageId, String conversationId, Long replyMessageId,
			Instant at) {
		this.jdbc
			.sql("""
					insert into inbound_receipt (channel, provider_message_id, conversation_id, reply_message_id, received_at)
					values (?, ?, ?, ?, ?)""")
			.params(channel.name(), providerMessageId, conversationId, replyMessageId, Timestamp.from(at))
			.update();
	}

	Optional<StoredReply> findReceipt(Channel channel, String providerMessageId) {
		return this.jdbc.sql(
				"select conversation_id, reply_message_id from inbound_receipt where channel = ? and provider_message_id = ?")
			.params(channel.name(), providerMessageId)
			.query((rs, row) -> new StoredReply(rs.getString(1),
					Optional.ofNullable((Long) rs.getObject(2, Long.class))))
			.optional();
	}

	Optional<Reply> findReply(String conversationId, long messageId) {
		return this.jdbc.sql("select body, outcome, entry_id, language from message where id = ?")
			.param(messageId)
			.query((rs, row) -> new Reply(conversationId, Outcome.valueOf(rs.getString("outcome")),
					Optional.of(rs.getString("body")), Optional.empty(), Language.valueOf(rs.getString("language")),
					Optional.ofNullable(rs.getString("entry_id")), true, List.of()))
			.optional();
	}

}
