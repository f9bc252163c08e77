package org.rightsline.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff accounts. */
@Repository
class StaffAccountRepository {

	private final JdbcClient jdbc;

	StaffAccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StaffAccount> findByUsername(String username) {
		return this.jdbc.sql("select * from staff_user where lower(username) = lower(?)")
			.param(username)
			.query(StaffAccountRepository::map)
			.optional();
	}

	List<StaffAccount> findAll() {
		return this.jdbc.sql("select * from staff_user order by lower(display_name)")
			.query(StaffAccountRepository::map)
			.list();
	}

	int count() {
		return this.jdbc.sql("select count(*) from staff_user").query(Integer.class).single();
	}

	String insert(String username, String displayName, String email, String passwordHash, StaffRole role, Instant now) {
		String id = UUID.randomUUID().toString();
		this.jdbc.sql("""
				insert into staff_user (id, username, display_name, email, password_hash, role, enabled, created_at)
				values (?, ?, ?, ?, ?, ?, true, ?)""")
			.params(id, username, displayName, email, passwordHash, role.name(), Timestamp.from(now))
			.update();
		return id;
	}

	void recordFailedLogin(String username, int lockAfter, Instant lockUntil) {
		this.jdbc.sql("""
				update staff_user set failed_logins = failed_logins + 1,
				    locked_until = case when failed_logins + 1 >= ? then ? else locked_until end
				where lower(username) = lower(?)""").params(lockAfter, Timestamp.from(lockUntil), username).update();
	}

	void recordSuccessfulLogin(String username) {
		this.jdbc.sql("update staff_user set failed_logins = 0, locked_until = null where lower(username) = lower(?)")
			.param(username)
			.update();
	}

	void setEnabled(String id, boolean enabled) {
		this.jdbc.sql("update staff_user set enabled = ?, failed_logins = 0, locked_until = null where id = ?")
			.params(enabled, id)
			.update();
	}

	void setPassword(String id, String passwordHash) {
		this.jdbc.sql("update staff_user set password_hash = ?, failed_logins = 0, locked_until = null where id = ?")
			.params(passwordHash, id)
			.update();
	}

	List<String> emailsOfEnabled() {
		return this.jdbc.sql("select email from staff_user where enabled = true and email is not null and email <> ''")
			.query(String.class)
			.list();
	}

	private static StaffAccount map(ResultSet rs, int row) throws SQLException {
		Timestamp locked = rs.getTimestamp("locked_until");
		return new StaffAccount(rs.getString("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("email"), rs.getString("password_hash"), StaffRole.valueOf(rs.getString("role")),
				rs.getBoolean("enabled"), rs.getInt("failed_logins"), (locked != null) ? locked.toInstant() : null);
	}

}
