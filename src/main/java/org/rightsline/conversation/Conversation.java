package org.rightsline.conversation;

import java.time.Instant;
import java.util.UUID;

import org.rightsline.content.Language;
import org.rightsline.delivery.Channel;

/**
 * One person on one channel, and who owns the conversation now. State changes go through
 * the methods below, which refuse a change that makes no sense.
 *
 * <pre>
 * BOT ──escalate──▶ WAITING ──take/staff reply──▶ STAFF ──resolve──▶ CLOSED
 *  ▲                   │                                          │
 *  │                   └──────────resolve─────────────────────────┤
 *  └─────────────(a CLOSED conversation is answered by the bot; escalate opens it again)
 * </pre>
 */
public class Conversation {

	public enum State {

		/** The bot answers; staff have nothing to do. */
		BOT,
		/**
		 * Escalated and nobody has taken it: the bot still answers what it confidently
		 * can.
		 */
		WAITING,
		/**
		 * A staff member took it or replied: the bot stays silent except for emergencies.
		 */
		STAFF,
		/** Resolved by staff: the bot answers again. */
		CLOSED

	}

	private final String id;

	private final Channel channel;

	private final String contact;

	private Language language;

	private boolean languageChosen;

	private State state;

	private boolean urgent;

	private boolean optedOut;

	private boolean unreachable;

	private final Instant createdAt;

	private Instant updatedAt;

	private Instant escalatedAt;

	Conversation(String id, Channel channel, String contact, Language language, boolean languageChosen, State state,
			boolean urgent, boolean optedOut, boolean unreachable, Instant createdAt, Instant updatedAt,
			Instant escalatedAt) {
		this.id = id;
		this.channel = channel;
		this.contact = contact;
		this.language = language;
		this.languageChosen = languageChosen;
		this.state = state;
		this.urgent = urgent;
		this.optedOut = optedOut;
		this.unreachable = unreachable;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.escalatedAt = escalatedAt;
	}

	static Conversation start(Channel channel, String contact, Language language, Instant now) {
		return new Conversation(UUID.randomUUID().toString(), channel, contact, language, false, State.BOT, false,
				false, false, now, now, null);
	}

	/**
	 * Hands the conversation to staff; an urgent escalation stays urgent until staff
	 * resolve it.
	 */
	void escalate(boolean urgent, Instant now) {
		if (this.state == State.BOT || this.state == State.CLOSED) {
			this.state = State.WAITING;
			this.escalatedAt = now;
		}
		this.urgent = this.urgent || urgent;
		this.updatedAt = now;
	}

	/** A new message from the person: the thread moves to the top of the inbox. */
	void touch(Instant now) {
		this.updatedAt = now;
	}

	/**
	 * The language the person asked for with EN, FR or ES: it holds until they choose
	 * another.
	 */
	void chooseLanguage(Language language, Instant now) {
		this.language = language;
		this.languageChosen = true;
		this.updatedAt = now;
	}

	/** The language of the latest message, when the person has not chosen one. */
	void speak(Language language) {
		if (!this.languageChosen) {
			this.language = language;
		}
	}

	/**
	 * The person texted STOP (or another carrier opt-out word): nothing more is sent to
	 * them.
	 */
	void optOut(Instant now) {
		this.optedOut = true;
		this.updatedAt = now;
	}

	/** The person texted START (or another opt-in word): messages may be sent again. */
	void optIn(Instant now) {
		this.optedOut = false;
		this.unreachable = false;
		this.updatedAt = now;
	}

	/**
	 * Whether anything may be sent to the person: not after an opt-out, not to a blocked
	 * bot.
	 */
	public boolean reachable() {
		return !this.optedOut && !this.unreachable;
	}

	/** The bot answers unless a staff member owns the conversation. */
	boolean botMayAnswer() {
		return this.state != State.STAFF;
	}

	public String id() {
		return this.id;
	}

	public Channel channel() {
		return this.channel;
	}

	public String contact() {
		return this.contact;
	}

	public Language language() {
		return this.language;
	}

	public boolean languageChosen() {
		return this.languageChosen;
	}

	public State state() {
		return this.state;
	}

	public boolean urgent() {
		return this.urgent;
	}

	public boolean optedOut() {
		return this.optedOut;
	}

	public boolean unreachable() {
		return this.unreachable;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public Instant escalatedAt() {
		return this.escalatedAt;
	}

	@Override
	public String toString() {
		return "Conversation[id=" + this.id + ", channel=" + this.channel + ", state=" + this.state + "]";
	}

}
