package org.rightsline.inbox;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Inbox settings (environment variables in brackets).
 *
 * @param adminUsername the first admin, created at start-up when there is no account yet
 * (INBOX_ADMIN_USERNAME)
 * @param adminPassword that admin's password (INBOX_ADMIN_PASSWORD); on the embedded
 * default without one, a random password is generated and printed once
 * @param adminEmail where that admin gets escalation e-mails (INBOX_ADMIN_EMAIL)
 * @param bootstrapAdmin whether start-up creates the first admin at all (commands do not)
 * @param lockAfter failed logins in a row after which an account is locked
 * @param lockFor how long a locked account stays locked
 * @param failuresPerAddress failed logins from one address, within {@code lockFor}, after
 * which that address may not log in until the window passes: fewer than
 * {@code lockAfter}, so that one address alone cannot lock anybody out
 * @param lateAfter how long a thread may wait for staff before it is flagged late
 * @param refreshEvery how often the open inbox page refreshes its list
 * @param idleTimeout how long a caseworker may do nothing before being logged out; the
 * list's refresh does not count (INBOX_SESSION_TIMEOUT)
 * @param publicBaseUrl the address staff open the inbox at, for links in e-mails
 * (PUBLIC_BASE_URL)
 * @param mailFrom the sender of escalation e-mails (INBOX_MAIL_FROM)
 * @param digestEvery how often non-urgent escalations are sent as one digest e-mail
 * @param urgentMailEvery the shortest time between two urgent e-mails about one thread: a
 * person in crisis often writes several messages in a row
 * @param zone the time zone the inbox shows times in
 */
@ConfigurationProperties("rightsline.inbox")
@Validated
public record InboxProperties(String adminUsername, String adminPassword, String adminEmail,
		@DefaultValue("true") boolean bootstrapAdmin, @DefaultValue("5") @Min(1) int lockAfter,
		@DefaultValue("15m") @NotNull Duration lockFor, @DefaultValue("4") @Min(1) int failuresPerAddress,
		@DefaultValue("4h") @NotNull Duration lateAfter, @DefaultValue("5s") @NotNull Duration refreshEvery,
		@DefaultValue("30m") @NotNull Duration idleTimeout, URI publicBaseUrl,
		@DefaultValue("rightsline@localhost") String mailFrom, @DefaultValue("1h") @NotNull Duration digestEvery,
		@DefaultValue("30m") @NotNull Duration urgentMailEvery,
		@DefaultValue("America/Montreal") @NotNull ZoneId zone) {
}
