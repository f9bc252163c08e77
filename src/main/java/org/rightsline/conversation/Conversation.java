package org.rightsline.conversation;

import java.time.Instant;
import java.util.List;
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

	private String assigneeId;

	private Instant claimantWaitingSince;

	private Instant resolvedAt;

	private Instant erasureRequestedAt;

	/** The entries of a clarifying question still waiting for an answer, in order. */
	private List<String> offeredEntries;

	Conversation(String id, Channel channel, String contact, Language language, boolean languageChosen, State state,
			boolean urgent, boolean optedOut, boolean unreachable, Instant createdAt, Instant updatedAt,
			Instant escalatedAt, String assigneeId, Instant claimantWaitingSince, Instant resolvedAt,
			Instant erasureRequestedAt, List<String> offeredEntries) {
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
		this.assigneeId = assigneeId;
		this.claimantWaitingSince = claimantWaitingSince;
		this.resolvedAt = resolvedAt;
		this.erasureRequestedAt = erasureRequestedAt;
		this.offeredEntries = List.copyOf(offeredEntries);
	}

	static Conversation start(Channel channel, String contact, Language language, Instant now) {
		return new Conversation(UUID.randomUUID().toString(), channel, contact, language, false, State.BOT, false,
				false, false, now, now, null, null, null, null, null, List.of());
	}

	/**
	 * Hands the conversation to staff; an urgent escalation stays urgent until staff
	 * resolve it.
	 */
	void escalate(boolean urgent, Instant now) {
		if (this.state == State.BOT || this.state == State.CLOSED) {
			this.state = State.WAITING;
			this.escalatedAt = now;
			this.resolvedAt = null;
		}
		this.urgent = this.urgent || urgent;
		claimantWaits(now);
		this.updatedAt = now;
	}

	/**
	 * A message from the person in a thread staff handle: they now wait for staff again.
	 */
	void claimantWrote(Instant now) {
		if (this.state == State.WAITING || this.state == State.STAFF) {
			claimantWaits(now);
		}
	}

	private void claimantWaits(Instant now) {
		if (this.claimantWaitingSince == null) {
			this.claimantWaitingSince = now;
		}
	}

	/** A staff member takes the thread: the bot falls silent but for emergencies. */
	void take(String staffId, Instant now) {
		if (this.state == State.CLOSED) {
			throw new IllegalConversationChange("a resolved thread must be reopened before it is taken");
		}
		this.state = State.STAFF;
		this.assigneeId = staffId;
		this.updatedAt = now;
	}

	/** A staff member answered: the thread is staff's, and the person no longer waits. */
	void staffReplied(String staffId, Instant now) {
		if (this.state == State.CLOSED) {
			throw new IllegalConversationChange("a resolved thread must be reopened before staff reply");
		}
		this.state = State.STAFF;
		if (this.assigneeId == null) {
			this.assigneeId = staffId;
		}
		this.claimantWaitingSince = null;
		this.updatedAt = now;
	}

	/** Staff resolved the thread: the bot answers again. */
	void resolve(Instant now) {
		if (this.state == State.BOT || this.state == State.CLOSED) {
			throw new IllegalConversationChange("only an open thread can be resolved");
		}
		this.state = State.CLOSED;
		this.urgent = false;
		this.claimantWaitingSince = null;
		this.resolvedAt = now;
		this.updatedAt = now;
	}

	/** Staff reopened a resolved thread. */
	void reopen(Instant now) {
		if (this.state != State.CLOSED) {
			throw new IllegalConversationChange("only a resolved thread can be reopened");
		}
		this.state = State.WAITING;
		this.resolvedAt = null;
		claimantWaits(now);
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

	/** The person asked for their data to be erased; a second request confirms it. */
	void requestErasure(Instant now) {
		this.erasureRequestedAt = now;
		this.updatedAt = now;
	}

	/**
	 * Whether an erasure was asked for recently enough for this message to confirm it.
	 */
	boolean erasurePending(Instant now, java.time.Duration within) {
		return this.erasureRequestedAt != null && this.erasureRequestedAt.plus(within).isAfter(now);
	}

	/** Everything personal was erased: nothing is open, nobody owns it. */
	void erased(Instant now) {
		this.state = State.CLOSED;
		this.urgent = false;
		this.assigneeId = null;
		this.claimantWaitingSince = null;
		this.erasureRequestedAt = null;
		this.updatedAt = now;
	}

	/** The bot answers unless a staff member owns the conversation. */
	/**
	 * Asks which of two or three entries the person meant: their next message is read as
	 * the choice.
	 */
	void offer(List<String> entryIds) {
		if (entryIds.size() < 2) {
			throw new IllegalConversationChange("a clarifying question offers two entries or more");
		}
		this.offeredEntries = List.copyOf(entryIds);
	}

	/** The clarifying question was answered, or passed over by another message. */
	void closeOffer() {
		this.offeredEntries = List.of();
	}

	/** The entries of a clarifying question waiting for an answer; empty when none. */
	public List<String> offeredEntries() {
		return this.offeredEntries;
	}

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

	public String assigneeId() {
		return this.assigneeId;
	}

	public Instant claimantWaitingSince() {
		return this.claimantWaitingSince;
	}

	public Instant resolvedAt() {
		return this.resolvedAt;
	}

	public Instant erasureRequestedAt() {
		return this.erasureRequestedAt;
	}

	@Override
	public String toString() {
		return "Conversation[id=" + this.id + ", channel=" + this.channel + ", state=" + this.state + "]";
	}

}
