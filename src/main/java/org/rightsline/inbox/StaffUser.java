package org.rightsline.inbox;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The logged-in staff member, as Spring Security holds them: with their id and name for
 * the inbox.
 */
public class StaffUser extends User {

	private final String id;

	private final String displayName;

	private final int credentialsVersion;

	StaffUser(StaffAccount account, boolean locked) {
		super(account.username(), account.passwordHash(), account.enabled(), true, true, !locked,
				List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
		this.id = account.id();
		this.displayName = account.displayName();
		this.credentialsVersion = account.credentialsVersion();
	}

	/** The version of the credentials this session logged in with. */
	int credentialsVersion() {
		return this.credentialsVersion;
	}

	public String id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public boolean admin() {
		return getAuthorities().stream().anyMatch((a) -> a.getAuthority().equals("ROLE_ADMIN"));
	}

}
