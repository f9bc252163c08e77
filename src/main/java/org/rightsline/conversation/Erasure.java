package org.rightsline.conversation;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Erases what a conversation holds about a person: every message, note and queued reply,
 * and the contact itself, which is replaced by a marker. The conversation row stays
 * (without anything personal) so that the receipts of past deliveries still make a
 * provider's retry a no-op.
 */
@Repository
class Erasure {

	private final JdbcClient jdbc;

	Erasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void erase(String conversationId, Instant now) {
		this.jdbc.sql("update inbound_receipt set reply_message_id = null where conversation_id = ?")
			.param(conversationId)
			.update();
		this.jdbc.sql("delete from message where conversation_id = ?").param(conversationId).update();
		this.jdbc.sql("delete from note where conversation_id = ?").param(conversationId).update();
		this.jdbc.sql("delete from outbound_message where conversation_id = ?").param(conversationId).update();
		this.jdbc.sql("""
				update conversation set contact = ?, contact_hash = ?, contact_hint = null, state = 'CLOSED',
				    urgent = false, erasure_requested_at = null,
				    claimant_waiting_since = null, assignee_id = null, updated_at = ?
				where id = ?""")
			.params("erased:" + conversationId, "erased:" + conversationId, Timestamp.from(now), conversationId)
			.update();
	}

}
