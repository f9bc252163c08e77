package org.rightsline.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.rightsline.content.Language;
import org.rightsline.system.ContactCipher;
import org.rightsline.delivery.Channel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores conversations. */
@Repository
class ConversationRepository {

	private final JdbcClient jdbc;

	private final ContactCipher contacts;

	ConversationRepository(JdbcClient jdbc, ContactCipher contacts) {
		this.jdbc = jdbc;
		this.contacts = contacts;
	}

	Optional<Conversation> findByContact(Channel channel, String contact) {
		// Found by its keyed hash: the number itself is stored only encrypted.
		return this.jdbc.sql("select * from conversation where channel = ? and contact_hash = ?")
			.params(channel.name(), this.contacts.lookup(contact))
			.query(this::map)
			.optional();
	}

	/**
	 * The conversation, locked until the end of the transaction: two staff actions never
	 * interleave.
	 */
	Optional<Conversation> lock(String id) {
		return this.jdbc.sql("select * from conversation where id = ? for update")
			.param(id)
			.query(this::map)
			.optional();
	}

	void insert(Conversation c) {
		this.jdbc.sql("""
				insert into conversation (id, channel, contact, contact_hash, contact_hint, language, language_chosen,
				    state, urgent, created_at, updated_at, escalated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(c.id(), c.channel().name(), this.contacts.encrypt(c.contact()), this.contacts.lookup(c.contact()),
					ContactCipher.hint(c.contact()), c.language().name(), c.languageChosen(), c.state().name(),
					c.urgent(), timestamp(c.createdAt()), timestamp(c.updatedAt()), timestamp(c.escalatedAt()))
			.update();
	}

	void update(Conversation c) {
		this.jdbc.sql("""
				update conversation set language = ?, language_chosen = ?, state = ?, urgent = ?, opted_out = ?,
				    unreachable = ?, updated_at = ?, escalated_at = ?, assignee_id = ?, claimant_waiting_since = ?,
				    resolved_at = ?, erasure_requested_at = ?, offered_entries = ?
				where id = ?""")
			.params(c.language().name(), c.languageChosen(), c.state().name(), c.urgent(), c.optedOut(),
					c.unreachable(), timestamp(c.updatedAt()), timestamp(c.escalatedAt()), c.assigneeId(),
					timestamp(c.claimantWaitingSince()), timestamp(c.resolvedAt()), timestamp(c.erasureRequestedAt()),
					c.offeredEntries().isEmpty() ? null : String.join(",", c.offeredEntries()), c.id())
			.update();
	}

	/** The address the person last wrote to: replies leave from it. */
	void recordServiceAddress(String id, String address) {
		this.jdbc.sql("update conversation set service_address = ? where id = ?").params(address, id).update();
	}

	/** The person can no longer be reached on their channel: a provider said so. */
	void markUnreachable(String id, Instant now) {
		this.jdbc.sql("update conversation set unreachable = true, updated_at = ? where id = ?")
			.params(timestamp(now), id)
			.update();
	}

	static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private Conversation map(ResultSet rs, int row) throws SQLException {
		Timestamp escalatedAt = rs.getTimestamp("escalated_at");
		Timestamp waiting = rs.getTimestamp("claimant_waiting_since");
		Timestamp resolved = rs.getTimestamp("resolved_at");
		return new Conversation(rs.getString("id"), Channel.valueOf(rs.getString("channel")),
				this.contacts.decrypt(rs.getString("contact")), Language.valueOf(rs.getString("language")),
				rs.getBoolean("language_chosen"), Conversation.State.valueOf(rs.getString("state")),
				rs.getBoolean("urgent"), rs.getBoolean("opted_out"), rs.getBoolean("unreachable"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
				(escalatedAt != null) ? escalatedAt.toInstant() : null, rs.getString("assignee_id"),
				(waiting != null) ? waiting.toInstant() : null, (resolved != null) ? resolved.toInstant() : null,
				Optional.ofNullable(rs.getTimestamp("erasure_requested_at")).map(Timestamp::toInstant).orElse(null),
				Optional.ofNullable(rs.getString("offered_entries"))
					.map((ids) -> List.of(ids.split(",")))
					.orElse(List.of()));
	}

}
