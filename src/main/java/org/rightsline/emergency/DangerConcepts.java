package org.rightsline.emergency;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rightsline.emergency.MessageWords.Word;

/**
 * The kinds of danger, read from {@code emergency/concepts.txt}: named groups of words in
 * the three languages, and rules that combine them. A rule names a kind of danger and the
 * groups that must all occur within a few words of each other; a lone word that is
 * ambiguous ("seizure" in "does IFHP pay my seizure medication") only counts beside
 * another that makes it an emergency now. {@code danger} rules stand down in a message
 * that asks about coverage, a hypothesis or a plan ({@code calm}); {@code always} rules
 * describe what is happening too plainly to stand down, so an emergency told beside a
 * question about coverage is still caught. Every rule stands down in a message about the
 * past or in an idiom ({@code past}: "last year", "bleeding money"). A message that says
 * it is happening now ({@code now}: "right now", "en ce moment") is never calmed. An
 * {@code alone} rule is a whole message in a word or two ("FIRE", "socorro").
 */
final class DangerConcepts {

	private static final Pattern GROUP = Pattern.compile("group\\s+([\\w-]+)\\s*:(.*)");

	private static final Pattern CUES = Pattern.compile("(calm|past|now)\\s*:(.*)");

	private static final Pattern RULE = Pattern
		.compile("(danger|always|alone)\\s+([\\w-]+)\\s*:(.*?)(?:\\s+within\\s+(\\d+))?");

	/**
	 * Alternatives are separated by a bar between spaces, so that a pattern such as
	 * {@code /(39|40)/} may hold a bar of its own.
	 */
	private static final Pattern ALTERNATIVES = Pattern.compile("\\s+\\|\\s+|^\\|\\s+");

	/** The parts of a rule: a plus between spaces, so that a pattern may hold a plus. */
	private static final Pattern PARTS = Pattern.compile("\\s+\\+\\s+");

	/** The window of words a rule's groups must fit in when the rule names none. */
	private static final int DEFAULT_WINDOW = 8;

	private final List<Rule> rules;

	private final Group calm;

	private final Group past;

	private final Group now;

	private DangerConcepts(List<Rule> rules, Group calm, Group past, Group now) {
		this.rules = rules;
		this.calm = calm;
		this.past = past;
		this.now = now;
	}

	/**
	 * The kind of danger a message speaks of, if any. A rule that never stands down wins
	 * over a {@code danger} rule, which a doubting reader may overrule.
	 */
	Optional<Recognition> recognise(List<Word> words) {
		Reading reading = new Reading(words);
		boolean now = this.now.occursIn(reading);
		if (this.past.occursIn(reading) && !now) {
			return Optional.empty();
		}
		boolean calmed = this.calm.occursIn(reading) && !now;
		Recognition found = null;
		for (Rule rule : this.rules) {
			boolean danger = rule.strength() == Strength.DANGER;
			if ((found == null || !danger) && (!danger || !calmed) && rule.holds(reading)) {
				found = new Recognition(rule.kind(), danger);
				if (!danger) {
					break;
				}
			}
		}
		return Optional.ofNullable(found);
	}

	/**
	 * What the concepts recognised.
	 *
	 * @param kind the kind of danger the rule names
	 * @param doubtable whether a {@code danger} rule recognised it: one that a doubting
	 * reader may overrule, unlike a plain {@code always} or {@code alone} rule
	 */
	record Recognition(String kind, boolean doubtable) {
	}

	static DangerConcepts read(InputStream in) {
		Map<String, Group> groups = new HashMap<>();
		List<Rule> rules = new ArrayList<>();
		Map<String, Group> cues = new HashMap<>();
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			int number = 0;
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				number++;
				String text = line.strip();
				if (text.isEmpty() || text.startsWith("#")) {
					continue;
				}
				try {
					Matcher group = GROUP.matcher(text);
					Matcher cue = CUES.matcher(text);
					Matcher rule = RULE.matcher(text);
					if (group.matches()) {
						groups.put(group.group(1), Group.parse(group.group(2), groups));
					}
					else if (cue.matches()) {
						cues.put(cue.group(1), Group.parse(cue.group(2), groups));
					}
					else if (rule.matches()) {
						List<Group> parts = Arrays.stream(PARTS.split(rule.group(3)))
							.map((part) -> Group.parse(part, groups))
							.toList();
						int window = (rule.group(4) != null) ? Integer.parseInt(rule.group(4)) : DEFAULT_WINDOW;
						rules.add(new Rule(rule.group(2), parts, window,
								Strength.valueOf(rule.group(1).toUpperCase(Locale.ROOT))));
					}
					else {
						throw new IllegalArgumentException(
								"expected 'group', 'calm', 'past', 'now', 'danger', 'always' or 'alone'");
					}
				}
				catch (IllegalArgumentException ex) {
					throw new IllegalStateException("emergency concepts, line " + number + ": " + ex.getMessage(), ex);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (String name : List.of("calm", "past", "now")) {
			if (!cues.containsKey(name)) {
				throw new IllegalStateException("emergency concepts: no '" + name + ":' line");
			}
		}
		return new DangerConcepts(List.copyOf(rules), cues.get("calm"), cues.get("past"), cues.get("now"));
	}

	/**
	 * A message's words, and where each pattern matches them, worked out once per
	 * message: the same pattern serves many rules through the groups they share.
	 */
	static final class Reading {

		private final List<Word> words;

		private final Map<WordPattern, int[]> lengths = new IdentityHashMap<>();

		Reading(List<Word> words) {
			this.words = words;
		}

		List<Word> words() {
			return this.words;
		}

		int size() {
			return this.words.size();
		}

		/** How many words the pattern matches from each position (0: none). */
		int[] lengths(WordPattern pattern) {
			return this.lengths.computeIfAbsent(pattern, (p) -> {
				int[] lengths = new int[this.words.size()];
				for (int i = 0; i < lengths.length; i++) {
					lengths[i] = p.matchAt(this.words, i);
				}
				return lengths;
			});
		}

	}

	/** Words that mean one thing, as a list of the ways it is written. */
	record Group(List<WordPattern> patterns) {

		/** Reads {@code a | b c | stem* | @other}: @ names a group defined above. */
		static Group parse(String written, Map<String, Group> defined) {
			List<WordPattern> patterns = new ArrayList<>();
			for (String alternative : ALTERNATIVES.split(written)) {
				String text = alternative.strip();
				if (text.isEmpty()) {
					continue;
				}
				if (text.startsWith("@")) {
					Group other = defined.get(text.substring(1));
					if (other == null) {
						throw new IllegalArgumentException("unknown group " + text);
					}
					patterns.addAll(other.patterns());
				}
				else {
					patterns.add(WordPattern.parse(text));
				}
			}
			if (patterns.isEmpty()) {
				throw new IllegalArgumentException("an empty group");
			}
			return new Group(List.copyOf(patterns));
		}

		/** The places (first word, last word) where the group occurs. */
		List<int[]> places(Reading reading) {
			List<int[]> places = new ArrayList<>();
			for (int i = 0; i < reading.size(); i++) {
				for (WordPattern pattern : this.patterns) {
					int length = reading.lengths(pattern)[i];
					if (length > 0) {
						places.add(new int[] { i, i + length - 1 });
						break;
					}
				}
			}
			return places;
		}

		boolean occursIn(Reading reading) {
			return !places(reading).isEmpty();
		}

	}

	/** How a rule stands against calm words, and how much of the message it covers. */
	enum Strength {

		/** Stands down in a calm message. */
		DANGER,
		/** Never stands down, but for the past. */
		ALWAYS,
		/** The whole message, and nothing else ("FIRE"). */
		ALONE

	}

	/** A kind of danger: every group, within {@code window} words of each other. */
	record Rule(String kind, List<Group> parts, int window, Strength strength) {

		boolean holds(Reading reading) {
			if (this.strength == Strength.ALONE) {
				return reading.size() > 0 && this.parts.get(0)
					.patterns()
					.stream()
					.anyMatch((p) -> p.matchAt(reading.words(), 0) == reading.size());
			}
			List<List<int[]>> places = new ArrayList<>();
			for (Group part : this.parts) {
				List<int[]> found = part.places(reading);
				if (found.isEmpty()) {
					return false;
				}
				places.add(found);
			}
			return fits(places, 0, Integer.MAX_VALUE, Integer.MIN_VALUE);
		}

		/** Tries every combination of places; there are few, since messages are short. */
		private boolean fits(List<List<int[]>> places, int part, int first, int last) {
			if (part == places.size()) {
				return true;
			}
			for (int[] place : places.get(part)) {
				int newFirst = Math.min(first, place[0]);
				int newLast = Math.max(last, place[1]);
				if (newLast - newFirst <= this.window && fits(places, part + 1, newFirst, newLast)) {
					return true;
				}
			}
			return false;
		}

	}

}
