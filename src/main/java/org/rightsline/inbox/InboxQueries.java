package org.rightsline.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the inbox reads: threads, their messages and notes, counts. Reads only; every
 * change goes through the conversation core.
 */
@Repository
class InboxQueries {

	/** Which threads each tab holds. Only escalated threads reach the inbox at all. */
	private static final Map<String, String> TABS = Map.of(ThreadFilter.OPEN,
			"(c.state = 'WAITING' or (c.state = 'STAFF' and c.claimant_waiting_since is not null))",
			ThreadFilter.WAITING, "(c.state = 'STAFF' and c.claimant_waiting_since is null)", ThreadFilter.RESOLVED,
			"(c.state = 'CLOSED' and c.escalated_at is not null)");

	private final JdbcClient jdbc;

	private final InboxProperties properties;

	private final Clock clock;

	InboxQueries(JdbcClient jdbc, InboxProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/** Threads a page of the list shows. */
	static final int PAGE_SIZE = 50;

	/**
	 * One page of the list, and whether another follows: a flood of senders fills pages,
	 * never the first page's top, where urgent threads are.
	 */
	ThreadPage threads(ThreadFilter filter, String staffId) {
		List<Object> params = new ArrayList<>();
		StringBuilder sql = new StringBuilder("""
				select c.*, u.display_name as assignee_name,
				    (select m.body from message m where m.conversation_id = c.id and m.direction = 'IN'
				     order by m.id desc fetch first 1 rows only) as last_message
				from conversation c left join staff_user u on u.id = c.assignee_id
				where """).append(TABS.get(filter.tab()));
		if (filter.channel() != null) {
			sql.append(" and c.channel = ?");
			params.add(filter.channel());
		}
		if (filter.language() != null) {
			sql.append(" and c.language = ?");
			params.add(filter.language());
		}
		if ("me".equals(filter.assignee())) {
			sql.append(" and c.assignee_id = ?");
			params.add(staffId);
		}
		else if ("none".equals(filter.assignee())) {
			sql.append(" and c.assignee_id is null");
		}
		if (filter.search() != null) {
			sql.append(" and exists (select 1 from message s where s.conversation_id = c.id and lower(s.body) like ?)");
			params.add("%" + filter.search().toLowerCase().replace("%", "").replace("_", "") + "%");
		}
		// Urgent first, then whoever has waited longest, then the most recent.
		sql.append(" order by c.urgent desc, case when c.claimant_waiting_since is null then 1 else 0 end,"
				+ " c.claimant_waiting_since, c.updated_at desc, c.id offset ? rows fetch next ? rows only");
		params.add(filter.page() * PAGE_SIZE);
		params.add(PAGE_SIZE + 1);
		Instant late = this.clock.instant().minus(this.properties.lateAfter());
		List<ThreadSummary> rows = this.jdbc.sql(sql.toString())
			.params(params)
			.query((rs, row) -> summary(rs, late))
			.list();
		return new ThreadPage(rows.subList(0, Math.min(rows.size(), PAGE_SIZE)), filter.page(),
				rows.size() > PAGE_SIZE);
	}

	/** A page of threads; {@code more}: a next page exists. */
	record ThreadPage(List<ThreadSummary> threads, int page, boolean more) {
	}

	/** How many threads each tab holds. */
	Map<String, Integer> counts() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		TABS.forEach((tab, condition) -> counts.put(tab,
				this.jdbc.sql("select count(*) from conversation c where " + condition).query(Integer.class).single()));
		return counts;
	}

	Optional<ThreadSummary> thread(String id) {
		Instant late = this.clock.instant().minus(this.properties.lateAfter());
		return this.jdbc.sql("""
				select c.*, u.display_name as assignee_name, null as last_message
				from conversation c left join staff_user u on u.id = c.assignee_id where c.id = ?""")
			.param(id)
			.query((rs, row) -> summary(rs, late))
			.optional();
	}

	/** The whole conversation in order, with notes among the messages at their time. */
	List<ThreadMessage> messages(String conversationId) {
		List<ThreadMessage> lines = new ArrayList<>(this.jdbc.sql("""
				select m.author, m.body, m.created_at, m.entry_id, m.outcome, u.display_name,
				       o.status, o.error_reason
				from message m
				left join staff_user u on u.id = m.author_id
				left join outbound_message o on o.id = m.outbound_id
				where m.conversation_id = ? order by m.created_at, m.id""")
			.param(conversationId)
			.query((rs, row) -> new ThreadMessage(rs.getString("author"), rs.getString("body"),
					rs.getTimestamp("created_at").toInstant(), rs.getString("entry_id"), rs.getString("outcome"),
					rs.getString("display_name"), rs.getString("status"), rs.getString("error_reason")))
			.list());
		lines.addAll(this.jdbc.sql("""
				select n.body, n.created_at, u.display_name from note n join staff_user u on u.id = n.author_id
				where n.conversation_id = ?""")
			.param(conversationId)
			.query((rs, row) -> new ThreadMessage("NOTE", rs.getString("body"),
					rs.getTimestamp("created_at").toInstant(), null, null, rs.getString("display_name"), null, null))
			.list());
		lines.sort((a, b) -> a.at().compareTo(b.at()));
		return lines;
	}

	private static ThreadSummary summary(ResultSet rs, Instant late) throws SQLException {
		Timestamp waiting = rs.getTimestamp("claimant_waiting_since");
		return new ThreadSummary(rs.getString("id"), rs.getString("channel"),
				ContactMask.mask(rs.getString("channel"), rs.getString("contact_hint")), rs.getString("language"),
				rs.getString("state"), rs.getBoolean("urgent"), waiting != null && waiting.toInstant().isBefore(late),
				(waiting != null) ? waiting.toInstant() : null, rs.getTimestamp("updated_at").toInstant(),
				rs.getString("assignee_name"), rs.getBoolean("opted_out"), rs.getBoolean("unreachable"),
				rs.getString("last_message"));
	}

}
