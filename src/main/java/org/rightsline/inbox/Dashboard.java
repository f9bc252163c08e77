package org.rightsline.inbox;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The figures of the dashboard, read from the messages. */
@Component
class Dashboard {

	static final int DAYS = 14;

	/** One day's incoming messages by what became of them. */
	record Day(LocalDate date, int answered, int escalated, int emergency, int other) {

		int total() {
			return this.answered + this.escalated + this.emergency + this.other;
		}

	}

	record Count(String label, int count) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	Dashboard(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	List<Day> days() {
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		LocalDate first = today.minusDays(DAYS - 1);
		Map<LocalDate, int[]> byDay = new LinkedHashMap<>();
		for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
			byDay.put(d, new int[4]);
		}
		this.jdbc.sql("""
				select cast(created_at as date) as d, outcome, count(*) as n from message
				where direction = 'IN' and created_at >= ? group by cast(created_at as date), outcome""")
			.param(Timestamp.valueOf(first.atStartOfDay()))
			.query((rs) -> {
				Date day = rs.getDate("d");
				int[] counts = (day != null) ? byDay.get(day.toLocalDate()) : null;
				if (counts != null) {
					int slot = switch (String.valueOf(rs.getString("outcome"))) {
						case "ANSWERED" -> 0;
						case "ESCALATED" -> 1;
						case "EMERGENCY" -> 2;
						default -> 3;
					};
					counts[slot] += rs.getInt("n");
				}
			});
		List<Day> days = new ArrayList<>();
		byDay.forEach((date, c) -> days.add(new Day(date, c[0], c[1], c[2], c[3])));
		return days;
	}

	List<Count> byChannel() {
		return counts("""
				select c.channel as label, count(*) as n from message m join conversation c on c.id = m.conversation_id
				where m.direction = 'IN' group by c.channel order by n desc""");
	}

	List<Count> outcomes() {
		return counts("""
				select outcome as label, count(*) as n from message where direction = 'IN' and outcome is not null
				group by outcome order by n desc""");
	}

	List<Count> topEntries() {
		return counts("""
				select entry_id as label, count(*) as n from message
				where direction = 'OUT' and outcome = 'ANSWERED' and entry_id is not null
				group by entry_id order by n desc fetch first 10 rows only""");
	}

	/** The questions most often sent to staff: where the FAQ could grow. */
	List<Count> gaps() {
		return counts("""
				select lower(body) as label, count(*) as n from message
				where direction = 'IN' and outcome = 'ESCALATED' group by lower(body) order by n desc
				fetch first 10 rows only""");
	}

	private List<Count> counts(String sql) {
		return this.jdbc.sql(sql).query((rs, row) -> new Count(rs.getString("label"), rs.getInt("n"))).list();
	}

}
