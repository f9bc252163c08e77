package org.rightsline.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.rightsline.answer.AnswerDecider;
import org.rightsline.answer.Decision;
import org.rightsline.answer.FaqLibrary;
import org.rightsline.answer.LanguageGuesser;
import org.rightsline.answer.UnservedLanguages;
import org.rightsline.content.ContentProperties;
import org.rightsline.content.FaqContent;
import org.rightsline.content.FaqEntry;
import org.rightsline.content.Language;
import org.rightsline.content.Topic;
import org.rightsline.conversation.MessageRepository.Author;
import org.rightsline.conversation.MessageRepository.Direction;
import org.rightsline.delivery.Channel;
import org.rightsline.delivery.Choice;
import org.rightsline.delivery.Outbox;
import org.rightsline.emergency.EmergencyDetector;
import org.rightsline.system.TextFolding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes an inbound message from any channel and decides what it gets, in one transaction:
 * the message is recorded once under its provider id, then an emergency wins over
 * everything, then keywords, then the FAQ, and what the FAQ cannot answer with confidence
 * goes to staff.
 */
@Service
public class Triage {

	private static final Logger log = LoggerFactory.getLogger(Triage.class);

	/**
	 * Twilio's SMS limit is 1,600 characters and Telegram's 4,096: a longer text is not a
	 * real message.
	 */
	private static final int MAX_TEXT = 10_000;

	/** How long after DELETE the same word confirms the erasure. */
	private static final Duration ERASURE_CONFIRMATION = Duration.ofMinutes(15);

	/**
	 * Channels whose reply rides in the webhook's HTTP response; the others go through
	 * the outbox.
	 */
	private static final Set<Channel> ANSWERED_INLINE = Set.of(Channel.SMS, Channel.WHATSAPP, Channel.WEB);

	private final ConversationRepository conversations;

	private final MessageRepository messages;

	private final EmergencyDetector emergencies;

	private final AnswerDecider decider;

	private final LanguageGuesser languages;

	private final UnservedLanguages unserved;

	private final FaqLibrary library;

	private final StaffAvailability staff;

	private final MessageSource texts;

	private final ConversationProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Outbox outbox;

	private final ApplicationEventPublisher events;

	private final FloodGuard floods;

	private final Erasure erasure;

	private final int smsSegments;

	Triage(ConversationRepository conversations, MessageRepository messages, EmergencyDetector emergencies,
			AnswerDecider decider, LanguageGuesser languages, UnservedLanguages unserved, FaqLibrary library,
			StaffAvailability staff, MessageSource texts, ConversationProperties properties,
			ContentProperties contentProperties, TransactionTemplate transaction, Outbox outbox,
			ApplicationEventPublisher events, FloodGuard floods, Erasure erasure, Clock clock) {
		this.conversations = conversations;
		this.messages = messages;
		this.emergencies = emergencies;
		this.decider = decider;
		this.languages = languages;
		this.unserved = unserved;
		this.library = library;
		this.staff = staff;
		this.texts = texts;
		this.properties = properties;
		this.transaction = transaction;
		this.clock = clock;
		this.smsSegments = contentProperties.smsSegments();
		this.outbox = outbox;
		this.events = events;
		this.floods = floods;
		this.erasure = erasure;
	}

	/**
	 * Handles a message once. A message whose id was handled before gets the reply it got
	 * then, marked as a duplicate, and changes nothing.
	 */
	public Reply handle(InboundMessage message) {
		Optional<Reply> earlier = earlierReply(message);
		if (earlier.isPresent()) {
			log.info("{} was handled before, not processed again", message);
			return earlier.get();
		}
		try {
			long start = System.nanoTime();
			Reply reply = this.transaction.execute((status) -> process(message));
			this.events.publishEvent(new MessageHandled(message.channel(), reply.outcome(),
					Duration.ofNanos(System.nanoTime() - start)));
			log.info("{} -> {}", message, reply);
			return reply;
		}
		catch (DuplicateKeyException ex) {
			// Another instance handled the same delivery at the same moment and committed
			// first.
			return earlierReply(message).orElseThrow(() -> ex);
		}
	}

	private Optional<Reply> earlierReply(InboundMessage message) {
		return this.messages.findReceipt(message.channel(), message.messageId())
			.map((receipt) -> receipt.replyMessageId()
				.flatMap((id) -> this.messages.findReply(receipt.conversationId(), id))
				.orElseGet(() -> new Reply(receipt.conversationId(), Outcome.SILENT, Optional.empty(), Optional.empty(),
						this.properties.defaultLanguage(), Optional.empty(), true, List.of())));
	}

	private Reply process(InboundMessage message) {
		Instant now = this.clock.instant();
		Optional<Conversation> found = this.conversations.findByContact(message.channel(), message.sender());
		Conversation conversation = found.orElseGet(
				() -> Conversation.start(message.channel(), message.sender(), this.properties.defaultLanguage(), now));
		if (found.isEmpty()) {
			this.conversations.insert(conversation);
		}
		if (message.serviceAddress() != null) {
			this.conversations.recordServiceAddress(conversation.id(), message.serviceAddress());
		}
		conversation.claimantWrote(now);
		String text = limit(TextFolding.clean(message.text()).strip());
		Optional<Language> guessed = text.isEmpty() ? Optional.empty() : this.languages.guess(text);
		guessed.ifPresent(conversation::speak);
		// The message is read in its own language; the reply is in the conversation's
		// (which the person
		// may have chosen with EN, FR or ES).
		Language messageLanguage = guessed
			.orElseGet(() -> this.decider.likeliestLanguage(text, conversation.language()));
		Planned planned = (message.choice() != null) ? choose(conversation, message.choice(), now)
				: plan(conversation, text, message.attachments(), messageLanguage, now);
		String reply = (planned.text() != null) ? fitToChannel(planned.text(), planned.outcome(), conversation) : null;
		String then = (reply != null && planned.then() != null)
				? fitToChannel(planned.then(), Outcome.ANSWERED, conversation) : null;
		conversation.touch(now);
		String received = (message.choice() != null) ? "[" + TextFolding.clean(message.choice()) + "]"
				: storedText(text, message.attachments());
		Long replyId = null;
		if (!planned.erased()) {
			this.messages.append(conversation.id(), Direction.IN, Author.CLAIMANT, received, planned.outcome(),
					planned.entryId(), messageLanguage, now);
		}
		if (reply != null) {
			if (!planned.erased()) {
				replyId = this.messages.append(conversation.id(), Direction.OUT, Author.BOT, reply, planned.outcome(),
						planned.entryId(), conversation.language(), now);
			}
			if (then != null) {
				this.messages.append(conversation.id(), Direction.OUT, Author.BOT, then, Outcome.ANSWERED,
						planned.entryId(), conversation.language(), now);
			}
			if (!ANSWERED_INLINE.contains(conversation.channel())) {
				queue(conversation, reply, (then != null) ? List.of() : planned.choices());
				if (then != null) {
					queue(conversation, then, planned.choices());
				}
			}
		}
		this.messages.recordReceipt(message.channel(), message.messageId(), conversation.id(), replyId, now);
		this.conversations.update(conversation);
		if (planned.outcome() == Outcome.ESCALATED || planned.outcome() == Outcome.EMERGENCY) {
			this.events.publishEvent(new ConversationEscalated(conversation.id(), conversation.channel(),
					conversation.language(), planned.outcome() == Outcome.EMERGENCY));
		}
		return new Reply(conversation.id(), planned.outcome(), Optional.ofNullable(reply), Optional.ofNullable(then),
				conversation.language(), Optional.ofNullable(planned.entryId()), false, planned.choices());
	}

	/**
	 * A reply on a channel without an HTTP answer (Telegram) leaves through the outbox,
	 * in the same transaction as the message that caused it: split where the channel's
	 * limit requires, the buttons on the last part.
	 */
	private void queue(Conversation conversation, String reply, List<Choice> choices) {
		List<String> parts = ReplyLength.split(reply, ReplyLength.TELEGRAM_MAX_CHARACTERS);
		for (int i = 0; i < parts.size(); i++) {
			boolean last = i == parts.size() - 1;
			this.outbox.queue(conversation.id(), conversation.channel(), conversation.contact(), parts.get(i),
					last ? choices : List.of());
		}
	}

	/**
	 * A button the person pressed: a language, a topic of the menu, or one entry of a
	 * topic.
	 */
	private Planned choose(Conversation conversation, String choice, Instant now) {
		if (!conversation.reachable() || !conversation.botMayAnswer()) {
			return new Planned(Outcome.SILENT, null, null, List.of());
		}
		String[] parts = choice.split(":", 2);
		String value = (parts.length > 1) ? parts[1] : "";
		FaqContent content = this.library.content();
		if (parts[0].equals(Choices.LANGUAGE)) {
			Optional<Language> chosen = Language.fromCode(value);
			if (chosen.isPresent()) {
				conversation.chooseLanguage(chosen.get(), now);
				return new Planned(Outcome.KEYWORD, text("reply.language", chosen.get()) + "\n" + menu(chosen.get()),
						null, Choices.topics(content, chosen.get()));
			}
		}
		Language language = conversation.language();
		if (parts[0].equals(Choices.TOPIC)) {
			Optional<Topic> topic = content.topic(value);
			if (topic.isPresent()) {
				return new Planned(Outcome.KEYWORD, topic.get().title(language), null,
						Choices.entries(content, topic.get(), language));
			}
		}
		if (parts[0].equals(Choices.PERSON)) {
			conversation.closeOffer();
			return escalate(conversation, "reply.human", language, now);
		}
		if (parts[0].equals(Choices.ENTRY)) {
			Optional<FaqEntry> entry = content.entry(value, language);
			conversation.closeOffer();
			if (entry.isPresent()) {
				return new Planned(Outcome.ANSWERED, answerText(entry.get(), conversation.channel()), value, List.of());
			}
		}
		return new Planned(Outcome.KEYWORD, menu(language), null, Choices.topics(content, language));
	}

	/**
	 * What the message gets; changes the conversation's state where the message calls for
	 * it.
	 */
	private Planned plan(Conversation conversation, String text, int attachments, Language messageLanguage,
			Instant now) {
		Language language = conversation.language();
		boolean carrier = conversation.channel() == Channel.SMS || conversation.channel() == Channel.WHATSAPP;
		Optional<Keywords.Match> keyword = Keywords.find(text);
		Keywords.Kind kind = keyword.map(Keywords.Match::kind).orElse(null);
		if (carrier && kind == Keywords.Kind.OPT_OUT) {
			// Twilio confirms its own opt-out words, and would refuse anything we sent;
			// a French or Spanish word it does not know is confirmed by us, in its
			// language.
			conversation.optOut(now);
			Optional<Language> ours = keyword.flatMap(Keywords.Match::language);
			return new Planned(Outcome.KEYWORD, ours.map((l) -> text("reply.opted-out", l)).orElse(null), null);
		}
		if (carrier && kind == Keywords.Kind.OPT_IN && conversation.optedOut()) {
			conversation.optIn(now);
			return new Planned(Outcome.KEYWORD, text("reply.opted-in", language) + "\n" + menu(language), null);
		}
		if (kind == Keywords.Kind.ERASE) {
			return erase(conversation, language, now);
		}
		if (this.emergencies.isEmergency(text)) {
			// An emergency wins over everything but never loses the question: a
			// confident answer follows the emergency numbers.
			Optional<FaqEntry> answer = conversation.botMayAnswer() ? confidentAnswer(text, messageLanguage, language)
					: Optional.empty();
			conversation.escalate(true, now);
			if (!conversation.reachable()) {
				return new Planned(Outcome.EMERGENCY, null, null);
			}
			return new Planned(Outcome.EMERGENCY, text("reply.emergency", language),
					answer.map(FaqEntry::id).orElse(null), List.of(), false,
					answer.map((entry) -> answerText(entry, conversation.channel())).orElse(null));
		}
		if (!conversation.reachable() || !conversation.botMayAnswer()) {
			// Staff own the thread, or nothing may be sent: the message joins the thread
			// for staff.
			return new Planned(Outcome.SILENT, null, null);
		}
		// The try-it page is a local tool, off in production: a person trying many
		// questions is no flood.
		FloodGuard.Verdict flood = (conversation.channel() == Channel.WEB) ? FloodGuard.Verdict.ANSWER
				: this.floods.check(conversation.channel(), conversation.contact());
		if (flood == FloodGuard.Verdict.SLOW_DOWN) {
			return new Planned(Outcome.KEYWORD, text("reply.slow-down", language), null);
		}
		if (flood == FloodGuard.Verdict.SILENT) {
			return new Planned(Outcome.SILENT, null, null);
		}
		if (text.isEmpty()) {
			return (attachments > 0) ? escalate(conversation, "reply.media", language, now)
					: new Planned(Outcome.KEYWORD, menu(language), null);
		}
		boolean clarifiedBefore = !conversation.offeredEntries().isEmpty();
		if (clarifiedBefore) {
			Optional<Planned> chosen = takeOffer(conversation, text, now);
			conversation.closeOffer();
			if (chosen.isPresent()) {
				return chosen.get();
			}
		}
		FaqContent content = this.library.content();
		if (kind == Keywords.Kind.MENU) {
			return new Planned(Outcome.KEYWORD, menu(language), null, Choices.topics(content, language));
		}
		if (kind == Keywords.Kind.GREETING || kind == Keywords.Kind.OPT_IN && !"yes".equalsIgnoreCase(text)) {
			// A greeting, or START (Telegram's /start): a welcome, the menu, and a choice
			// of language.
			keyword.get().language().ifPresent(conversation::speak);
			Language greeted = conversation.language();
			return new Planned(Outcome.KEYWORD, text("reply.welcome", greeted) + "\n" + menu(greeted), null,
					Choices.languages());
		}
		if (kind == Keywords.Kind.LANGUAGE_MENU) {
			return new Planned(Outcome.KEYWORD, text("reply.choose-language", language), null, Choices.languages());
		}
		if (kind == Keywords.Kind.LANGUAGE) {
			Language chosen = keyword.get().language().orElseThrow();
			conversation.chooseLanguage(chosen, now);
			return new Planned(Outcome.KEYWORD, text("reply.language", chosen) + "\n" + menu(chosen), null,
					Choices.topics(content, chosen));
		}
		if (kind == Keywords.Kind.HUMAN) {
			return escalate(conversation, "reply.human", language, now);
		}
		if (this.unserved.isUnserved(text)) {
			// One short reply in the three languages we answer in; staff read the rest.
			conversation.escalate(false, now);
			return new Planned(Outcome.ESCALATED, text("reply.unserved-language", language), null);
		}
		Decision decision = this.decider.decide(text, messageLanguage, language);
		if (decision instanceof Decision.Answer answer) {
			return new Planned(Outcome.ANSWERED, answerText(answer.entry(), conversation.channel()),
					answer.entry().id());
		}
		if (decision instanceof Decision.Clarify clarify && !clarifiedBefore) {
			// A clarifying question is never asked twice in a row: the second time,
			// staff.
			conversation.offer(clarify.options().stream().map(FaqEntry::id).toList());
			return new Planned(Outcome.CLARIFY, clarifyText(clarify.options(), language), null,
					Choices.clarification(clarify.options(), text("button.person", language)));
		}
		return escalate(conversation, "reply.escalated", language, now);
	}

	/**
	 * The answer to a clarifying question: 1, 2 or 3 answers that entry, 0 asks for a
	 * person; anything else is a new message.
	 */
	private Optional<Planned> takeOffer(Conversation conversation, String text, Instant now) {
		String choice = text.replaceAll("[^0-9]", "");
		if (choice.length() != 1 || text.strip().length() > 3) {
			return Optional.empty();
		}
		int number = choice.charAt(0) - '0';
		if (number == 0) {
			return Optional.of(escalate(conversation, "reply.human", conversation.language(), now));
		}
		if (number > conversation.offeredEntries().size()) {
			return Optional.empty();
		}
		String id = conversation.offeredEntries().get(number - 1);
		return this.library.content()
			.entry(id, conversation.language())
			.map((entry) -> new Planned(Outcome.ANSWERED, answerText(entry, conversation.channel()), id));
	}

	private String clarifyText(List<FaqEntry> options, Language language) {
		StringBuilder list = new StringBuilder();
		for (int i = 0; i < options.size(); i++) {
			list.append(i + 1).append(") ").append(options.get(i).title()).append(i < options.size() - 1 ? "\n" : "");
		}
		String how = text("reply.clarify-" + options.size(), language);
		return this.texts.getMessage("reply.clarify", new Object[] { list, how }, language.locale());
	}

	private Optional<FaqEntry> confidentAnswer(String text, Language messageLanguage, Language language) {
		return (this.decider.decide(text, messageLanguage, language) instanceof Decision.Answer answer)
				? Optional.of(answer.entry()) : Optional.empty();
	}

	/**
	 * DELETE (SUPPRIMER, BORRAR) asks; the same word again within a quarter of an hour
	 * confirms, and every message, note and reply of the conversation is erased with the
	 * contact.
	 */
	private Planned erase(Conversation conversation, Language language, Instant now) {
		boolean reachable = conversation.reachable();
		if (conversation.erasurePending(now, ERASURE_CONFIRMATION)) {
			this.erasure.erase(conversation.id(), now);
			conversation.erased(now);
			return new Planned(Outcome.KEYWORD, reachable ? text("reply.erased", language) : null, null, List.of(),
					true);
		}
		conversation.requestErasure(now);
		return new Planned(Outcome.KEYWORD, reachable ? text("reply.erase-confirm", language) : null, null);
	}

	/**
	 * SMS answers fit the segment budget; WhatsApp answers fit Twilio's 1,600 characters.
	 * Emergency numbers are never shortened to save a segment, only kept within the
	 * 1,600.
	 */
	private String fitToChannel(String text, Outcome outcome, Conversation conversation) {
		Locale locale = conversation.language().locale();
		if (conversation.channel() == Channel.SMS && outcome != Outcome.EMERGENCY) {
			return ReplyLength.forSms(text, this.smsSegments, locale);
		}
		if (conversation.channel() == Channel.SMS || conversation.channel() == Channel.WHATSAPP) {
			return ReplyLength.forMaximum(text, locale);
		}
		return text;
	}

	/** The text kept for staff: a message of attachments alone is noted as such. */
	private static String storedText(String text, int attachments) {
		if (attachments == 0) {
			return text;
		}
		String note = "[" + attachments + " attachment(s): only text is read]";
		return text.isEmpty() ? note : text + "\n" + note;
	}

	/**
	 * A message longer than any provider sends is kept whole up to this, the rest is
	 * dropped.
	 */
	private static String limit(String text) {
		return (text.length() <= MAX_TEXT) ? text : text.substring(0, MAX_TEXT);
	}

	private Planned escalate(Conversation conversation, String key, Language language, Instant now) {
		conversation.escalate(false, now);
		String when = this.staff.when(now, language);
		return new Planned(Outcome.ESCALATED, this.texts.getMessage(key, new Object[] { when }, language.locale()),
				null);
	}

	/**
	 * SMS gets the entry's short text; WhatsApp, Telegram and the web get the whole
	 * answer.
	 */
	private static String answerText(FaqEntry entry, Channel channel) {
		return (channel == Channel.SMS) ? entry.sms() : entry.text();
	}

	private String menu(Language language) {
		String topics = this.library.content()
			.topics()
			.stream()
			.map((topic) -> "- " + topic.title(language))
			.collect(Collectors.joining("\n"));
		return this.texts.getMessage("reply.menu", new Object[] { topics }, language.locale());
	}

	private String text(String key, Language language) {
		return this.texts.getMessage(key, null, language.locale());
	}

	/**
	 * What a message gets: the reply, and {@code then}, a second message sent after it
	 * (the FAQ's answer after an emergency's numbers).
	 */
	private record Planned(Outcome outcome, String text, String entryId, List<Choice> choices, boolean erased,
			String then) {

		Planned(Outcome outcome, String text, String entryId, List<Choice> choices, boolean erased) {
			this(outcome, text, entryId, choices, erased, null);
		}

		Planned(Outcome outcome, String text, String entryId, List<Choice> choices) {
			this(outcome, text, entryId, choices, false, null);
		}

		Planned(Outcome outcome, String text, String entryId) {
			this(outcome, text, entryId, List.of(), false, null);
		}

	}

}
