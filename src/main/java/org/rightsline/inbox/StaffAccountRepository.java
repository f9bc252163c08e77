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

	/**
	 * Counts a failed login, and locks the account at {@code lockAfter} failures in a
	 * row. A lock that has ended starts the count again (it used to stay at its height,
	 * so one failure every 15 minutes kept an account locked), and a failure during a
	 * lock does not lengthen it.
	 */
	void recordFailedLogin(String username, int lockAfter, Instant now, Instant lockUntil) {
		Timestamp at = Timestamp.from(now);
		// The parameters are cast: PostgreSQL cannot type a bare parameter inside CASE.
		this.jdbc
			.sql("""
					update staff_user set
					    failed_logins = case when locked_until is not null and locked_until <= cast(:now as timestamp with time zone)
					                         then 1 else failed_logins + 1 end,
					    locked_until = case
					        when locked_until is not null and locked_until > cast(:now as timestamp with time zone)
					            then locked_until
					        when (case when locked_until is not null and locked_until <= cast(:now as timestamp with time zone)
					                   then 1 else failed_logins + 1 end) >= :lockAfter
					            then cast(:lockUntil as timestamp with time zone)
					        else null end
					where lower(username) = lower(:username)""")
			.param("now", at)
			.param("lockAfter", lockAfter)
			.param("lockUntil", Timestamp.from(lockUntil))
			.param("username", username)
			.update();
	}

	void recordSuccessfulLogin(String username) {
		this.jdbc.sql("update staff_user set failed_logins = 0, locked_until = null where lower(username) = lower(?)")
			.param(username)
			.update();
	}

	void setEnabled(String id, boolean enabled) {
		this.jdbc.sql("""
				update staff_user set enabled = ?, failed_logins = 0, locked_until = null,
				    credentials_version = credentials_version + 1 where id = ?""").params(enabled, id).update();
	}

	void setPassword(String id, String passwordHash) {
		this.jdbc.sql("""
				update staff_user set password_hash = ?, failed_logins = 0, locked_until = null,
				    credentials_version = credentials_version + 1 where id = ?""").params(passwordHash, id).update();
	}

	/**
	 * The version of an enabled account's credentials, or empty when the account is gone
	 * or disabled.
	 */
	Optional<Integer> credentialsVersionIfEnabled(String id) {
		return this.jdbc.sql("select credentials_version from staff_user where id = ? and enabled = true")
			.param(id)
			.query(Integer.class)
			.optional();
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
				rs.getBoolean("enabled"), rs.getInt("failed_logins"), (locked != null) ? locked.toInstant() : null,
				rs.getInt("credentials_version"));
	}

}
