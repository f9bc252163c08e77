package org.rightsline.inbox;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts: login look-up, lock-out after repeated failed logins, creation, and the
 * first admin. There is no default password: the first admin comes from settings, the
 * {@code user add} command, or, on the embedded default only, a random password printed
 * once at start-up.
 */
@Service
public class StaffAccounts implements UserDetailsService {

	private static final Logger log = LoggerFactory.getLogger(StaffAccounts.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final StaffAccountRepository accounts;

	private final PasswordEncoder passwords;

	private final InboxProperties properties;

	private final Environment environment;

	private final Clock clock;

	private final LoginThrottle throttle;

	StaffAccounts(StaffAccountRepository accounts, PasswordEncoder passwords, InboxProperties properties,
			Environment environment, Clock clock, LoginThrottle throttle) {
		this.throttle = throttle;
		this.accounts = accounts;
		this.passwords = passwords;
		this.properties = properties;
		this.environment = environment;
		this.clock = clock;
	}

	/**
	 * The account of a login, locked while its own lock lasts or while the address the
	 * login comes from has failed too often ({@link LoginThrottle}).
	 */
	@Override
	public UserDetails loadUserByUsername(String username) {
		StaffAccount account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
		boolean throttled = LoginThrottle.currentAddress().map(this.throttle::throttled).orElse(false);
		return new StaffUser(account, throttled || account.lockedAt(this.clock.instant()));
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		String username = String.valueOf(event.getAuthentication().getPrincipal());
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
			this.throttle.failed(details.getRemoteAddress());
		}
		this.accounts.recordFailedLogin(username, this.properties.lockAfter(), this.clock.instant(),
				this.clock.instant().plus(this.properties.lockFor()));
		log.warn("Failed login to the inbox");
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		this.accounts.recordSuccessfulLogin(event.getAuthentication().getName());
	}

	/** Creates an account. @return the account's id */
	@Transactional
	public String create(String username, String displayName, String email, String password, StaffRole role) {
		if (username == null || !username.matches("[A-Za-z0-9._@-]{2,100}")) {
			throw new IllegalArgumentException("a username has 2 to 100 letters, digits, '.', '_', '@' or '-'");
		}
		if (password == null || password.length() < 12) {
			throw new IllegalArgumentException("a password has at least 12 characters");
		}
		if (this.accounts.findByUsername(username).isPresent()) {
			throw new IllegalArgumentException("the username '" + username + "' is taken");
		}
		return this.accounts.insert(username, (displayName == null || displayName.isBlank()) ? username : displayName,
				email, this.passwords.encode(password), role, this.clock.instant());
	}

	List<StaffAccount> all() {
		return this.accounts.findAll();
	}

	@Transactional
	void setEnabled(String id, boolean enabled) {
		this.accounts.setEnabled(id, enabled);
	}

	/**
	 * A new random password for an account. @return the password, to give to its owner
	 * once
	 */
	@Transactional
	String resetPassword(String id) {
		String password = randomPassword();
		this.accounts.setPassword(id, this.passwords.encode(password));
		return password;
	}

	static String randomPassword() {
		byte[] bytes = new byte[15];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The first admin, when there is no account yet. */
	@EventListener(ApplicationReadyEvent.class)
	void createFirstAdmin() {
		if (!this.properties.bootstrapAdmin() || this.accounts.count() > 0) {
			return;
		}
		String username = (this.properties.adminUsername() != null && !this.properties.adminUsername().isBlank())
				? this.properties.adminUsername() : "admin";
		String password = this.properties.adminPassword();
		if (password != null && !password.isBlank()) {
			create(username, "Administrator", this.properties.adminEmail(), password, StaffRole.ADMIN);
			log.info("Created the first inbox admin '{}' from the settings", username);
			return;
		}
		if (!embeddedDefault()) {
			log.warn("The inbox has no account: set INBOX_ADMIN_USERNAME and INBOX_ADMIN_PASSWORD, or run "
					+ "'java -jar target/rightsline.jar user add NAME --admin'");
			return;
		}
		String generated = randomPassword();
		create(username, "Administrator", this.properties.adminEmail(), generated, StaffRole.ADMIN);
		// Printed once, on the console of the person who started the embedded default,
		// never again.
		System.out.println("""

				==================================================================
				  Inbox admin created: http://localhost:8080/inbox
				  username: %s
				  password: %s
				  (shown once; change it by creating your own account)
				==================================================================
				""".formatted(username, generated));
	}

	private boolean embeddedDefault() {
		String url = this.environment.getProperty("spring.datasource.url", "");
		return url.startsWith("jdbc:h2:") && !this.environment.acceptsProfiles(Profiles.of("prod", "postgres"));
	}

}
