package org.rightsline.conversation;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.rightsline.content.Language;
import org.rightsline.system.TextFolding;

/**
 * The words that steer a conversation rather than ask a question. They count only when
 * they are the whole message (give or take punctuation and case), so that "help, my claim
 * was refused" is still a question.
 */
final class Keywords {

	enum Kind {

		MENU, LANGUAGE, LANGUAGE_MENU, GREETING, HUMAN, OPT_OUT, OPT_IN, ERASE

	}

	/**
	 * @param language the language the keyword is in, where it tells (a greeting, a
	 * language's name, an opt-out word that we confirm ourselves)
	 */
	record Match(Kind kind, Optional<Language> language) {
	}

	private static final Set<String> MENU = Set.of("help", "aide", "ayuda", "menu", "info", "infos", "informacion",
			"information", "?");

	/**
	 * A word alone that asks for a person (Telegram's /human command arrives as "human").
	 */
	private static final Set<String> HUMAN_WORDS = Set.of("human", "humain", "humano", "person", "personne", "persona",
			"agent", "staff");

	/** A word alone that asks to choose a language (Telegram's /language). */
	private static final Set<String> LANGUAGE_WORDS = Set.of("language", "langue", "idioma", "lang", "languages",
			"langues", "idiomas");

	/**
	 * The words that ask for one's messages and number to be erased (sent twice to
	 * confirm).
	 */
	private static final Set<String> ERASE = Set.of("delete", "supprimer", "borrar", "effacer", "eliminar");

	/**
	 * Twilio's opt-out words: after one, nothing more is sent, and Twilio itself confirms
	 * (anything we sent would be refused).
	 */
	private static final Set<String> OPT_OUT = Set.of("stop", "stopall", "unsubscribe", "cancel", "end", "quit",
			"revoke", "optout");

	/**
	 * Opt-out words Twilio does not know, in French and Spanish: we stop sending, and
	 * confirm it ourselves in the person's language, since nobody else will.
	 */
	private static final Map<String, Language> OWN_OPT_OUT = Map.of("arret", Language.FR, "desabonner", Language.FR,
			"baja", Language.ES, "cancelar", Language.ES);

	/** The carriers' opt-in words: messages may be sent again. */
	private static final Set<String> OPT_IN = Set.of("start", "unstop", "yes");

	private static final Map<String, Language> LANGUAGES = Map.ofEntries(Map.entry("en", Language.EN),
			Map.entry("english", Language.EN), Map.entry("anglais", Language.EN), Map.entry("ingles", Language.EN),
			Map.entry("fr", Language.FR), Map.entry("francais", Language.FR), Map.entry("french", Language.FR),
			Map.entry("frances", Language.FR), Map.entry("es", Language.ES), Map.entry("espanol", Language.ES),
			Map.entry("spanish", Language.ES), Map.entry("espagnol", Language.ES));

	/**
	 * Greeting words, with the language each one gives away (a lone "hello" is too short
	 * to guess).
	 */
	private static final Map<String, Optional<Language>> GREETINGS = Map.ofEntries(
			Map.entry("hi", Optional.of(Language.EN)), Map.entry("hello", Optional.of(Language.EN)),
			Map.entry("hey", Optional.of(Language.EN)), Map.entry("good", Optional.of(Language.EN)),
			Map.entry("morning", Optional.of(Language.EN)), Map.entry("evening", Optional.of(Language.EN)),
			Map.entry("afternoon", Optional.of(Language.EN)), Map.entry("there", Optional.of(Language.EN)),
			Map.entry("bonjour", Optional.of(Language.FR)), Map.entry("bonsoir", Optional.of(Language.FR)),
			Map.entry("salut", Optional.of(Language.FR)), Map.entry("coucou", Optional.of(Language.FR)),
			Map.entry("allo", Optional.empty()), Map.entry("hola", Optional.of(Language.ES)),
			Map.entry("buenas", Optional.of(Language.ES)), Map.entry("buenos", Optional.of(Language.ES)),
			Map.entry("buen", Optional.of(Language.ES)), Map.entry("dia", Optional.of(Language.ES)),
			Map.entry("dias", Optional.of(Language.ES)), Map.entry("tardes", Optional.of(Language.ES)),
			Map.entry("noches", Optional.of(Language.ES)));

	/**
	 * A request to talk to a person, in any of the three languages. It goes straight to
	 * staff: a person who asks for a human must not get an FAQ answer instead.
	 */
	private static final Pattern HUMAN = Pattern.compile(String.join("|",
			"\\b(talk|speak|chat|text) (to|with) (a |an |some |real )*(human|person|someone|somebody|agent|staff|worker|caseworker|people)\\b",
			"\\breal person\\b", "\\bnot a (bot|robot|machine)\\b", "\\bcall me( back)?\\b",
			"\\b(parler|discuter|ecrire) (a|avec) (un |une |quelqu'un|une vraie |un vrai )*(humain|personne|intervenant|intervenante|agent|conseiller|conseillere|quelqu'un)",
			"\\bpassez[- ]moi\\b", "\\b(me )?rappeler\\b", "\\bvraie personne\\b", "\\bun humain\\b",
			"\\bhablar con (una |un |alguien|una persona|un humano|un agente)", "\\bpersona real\\b", "\\bun humano\\b",
			"\\bllam(e|enme|ame)\\b"));

	private Keywords() {
	}

	static Optional<Match> find(String text) {
		String folded = TextFolding.fold(text);
		String bare = folded.replaceAll("[\\p{Punct}¿¡\\s]+", " ").strip();
		if (bare.isEmpty() && folded.contains("?")) {
			return Optional.of(new Match(Kind.MENU, Optional.empty()));
		}
		if (ERASE.contains(bare)) {
			return Optional.of(new Match(Kind.ERASE, Optional.empty()));
		}
		if (OPT_OUT.contains(bare)) {
			return Optional.of(new Match(Kind.OPT_OUT, Optional.empty()));
		}
		if (OWN_OPT_OUT.containsKey(bare)) {
			return Optional.of(new Match(Kind.OPT_OUT, Optional.of(OWN_OPT_OUT.get(bare))));
		}
		if (OPT_IN.contains(bare)) {
			return Optional.of(new Match(Kind.OPT_IN, Optional.empty()));
		}
		if (MENU.contains(bare)) {
			return Optional.of(new Match(Kind.MENU, Optional.empty()));
		}
		if (HUMAN_WORDS.contains(bare)) {
			return Optional.of(new Match(Kind.HUMAN, Optional.empty()));
		}
		if (LANGUAGE_WORDS.contains(bare)) {
			return Optional.of(new Match(Kind.LANGUAGE_MENU, Optional.empty()));
		}
		if (LANGUAGES.containsKey(bare)) {
			return Optional.of(new Match(Kind.LANGUAGE, Optional.of(LANGUAGES.get(bare))));
		}
		if (!bare.isEmpty() && Arrays.stream(bare.split(" ")).allMatch(GREETINGS::containsKey)) {
			Optional<Language> language = Arrays.stream(bare.split(" "))
				.map(GREETINGS::get)
				.flatMap(Optional::stream)
				.findFirst();
			return Optional.of(new Match(Kind.GREETING, language));
		}
		if (HUMAN.matcher(folded).find()) {
			return Optional.of(new Match(Kind.HUMAN, Optional.empty()));
		}
		return Optional.empty();
	}

}
