package org.rightsline.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.rightsline.conversation.ConversationEscalated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells staff by e-mail that threads wait for them: an emergency at once, everything else
 * in a digest. The e-mails carry a link, the channel and the language, never the message
 * or the contact: e-mail leaves the service's protection. Staff are in Bcc, so that no
 * caseworker's address goes to every other.
 * <p>
 * The urgent e-mail leaves after the message's transaction commits, on another thread:
 * the person's emergency reply never waits for a mail server (one that accepts the
 * connection and never answers held the reply past Twilio's 15 seconds).
 */
@Component
class EscalationMail {

	private static final Logger log = LoggerFactory.getLogger(EscalationMail.class);

	private final ObjectProvider<JavaMailSender> mail;

	private final StaffAccountRepository accounts;

	private final JdbcClient jdbc;

	private final InboxProperties properties;

	private final Clock clock;

	EscalationMail(ObjectProvider<JavaMailSender> mail, StaffAccountRepository accounts, JdbcClient jdbc,
			InboxProperties properties, Clock clock) {
		this.mail = mail;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * An emergency: staff are told as soon as the message is stored, once per thread in
	 * each {@code urgentMailEvery}.
	 */
	@Async
	@TransactionalEventListener
	void on(ConversationEscalated event) {
		if (!event.urgent() || !canSend() || !claimUrgentNotice(event.conversationId())) {
			return;
		}
		boolean sent = send("[Rightsline] URGENT: a claimant needs staff now",
				"An emergency message arrived (" + event.channel() + ", " + event.language() + ").\n"
						+ "The bot gave the emergency numbers. Open the thread:\n" + link(event.conversationId()));
		if (!sent) {
			// Not told after all: the next digest tries again.
			this.jdbc.sql("update conversation set notified_at = null where id = ?")
				.params(event.conversationId())
				.update();
		}
	}

	/**
	 * Marks the thread as told unless it was told within {@code urgentMailEvery}: one
	 * statement, so that two messages (or two instances) never both send.
	 */
	private boolean claimUrgentNotice(String conversationId) {
		Timestamp now = Timestamp.from(this.clock.instant());
		Timestamp since = Timestamp.from(this.clock.instant().minus(this.properties.urgentMailEvery()));
		return this.jdbc.sql("""
				update conversation set notified_at = ?
				where id = ? and (notified_at is null or notified_at <= ?)""")
			.params(now, conversationId, since)
			.update() == 1;
	}

	/** Every other new escalation, gathered in one e-mail. */
	@Scheduled(fixedDelayString = "${rightsline.inbox.digest-every:1h}",
			initialDelayString = "${rightsline.inbox.digest-every:1h}")
	@SchedulerLock(name = "escalation-digest", lockAtMostFor = "PT10M")
	public void sendDigest() {
		List<String> waiting = this.jdbc.sql("""
				select id from conversation
				where notified_at is null and escalated_at is not null and state in ('WAITING', 'STAFF')
				order by escalated_at""").query(String.class).list();
		if (waiting.isEmpty()) {
			return;
		}
		StringBuilder body = new StringBuilder(waiting.size() + " new thread(s) wait for staff in the inbox:\n\n");
		waiting.forEach((id) -> body.append(link(id)).append('\n'));
		if (send("[Rightsline] " + waiting.size() + " new thread(s) for staff", body.toString())) {
			markNotified(waiting);
		}
	}

	private boolean canSend() {
		return this.mail.getIfAvailable() != null && !this.accounts.emailsOfEnabled().isEmpty();
	}

	private boolean send(String subject, String text) {
		JavaMailSender sender = this.mail.getIfAvailable();
		List<String> to = this.accounts.emailsOfEnabled();
		if (sender == null || to.isEmpty()) {
			return false;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.properties.mailFrom());
		message.setTo(this.properties.mailFrom());
		message.setBcc(to.toArray(String[]::new));
		message.setSubject(subject);
		message.setText(text);
		try {
			sender.send(message);
			return true;
		}
		catch (MailException ex) {
			// The next digest tries again: nothing is marked as told.
			log.warn("Could not send the escalation e-mail: {}", ex.getClass().getSimpleName());
			return false;
		}
	}

	private void markNotified(List<String> ids) {
		Timestamp now = Timestamp.from(this.clock.instant());
		ids.forEach(
				(id) -> this.jdbc.sql("update conversation set notified_at = ? where id = ?").params(now, id).update());
	}

	private String link(String conversationId) {
		String base = (this.properties.publicBaseUrl() != null) ? this.properties.publicBaseUrl().toString()
				: "http://localhost:8080";
		return base.replaceAll("/+$", "") + "/inbox/threads/" + conversationId;
	}

}
