package org.rightsline.emergency;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.rightsline.emergency.DangerConcepts.Recognition;
import org.rightsline.emergency.MessageWords.Word;
import org.rightsline.system.TextFolding;

import org.springframework.stereotype.Component;

/**
 * Recognises a message about an emergency happening now: an overdose, someone not
 * breathing, a seizure, a stroke, heavy bleeding, labour with no way to the hospital, a
 * wish to die said plainly or by its goodbyes, violence, a missing child, a fire. It
 * reads every language at once, because a wrong language guess must never hide an
 * emergency; and it runs before anything else.
 * <p>
 * Two readers agree on it. The concepts ({@code emergency/concepts.txt}) name the kinds
 * of danger in words staff can read and add to. The {@link LearnedDanger learned reader}
 * has seen thousands of messages, and catches the ways of saying danger the concepts do
 * not list yet; when it has seen many messages like a concept's ambiguous
 * ({@code danger}) match that were not emergencies, the match stands down. A plain one
 * ({@code always}, {@code alone}: "je veux mourir", "FIRE") stands down only in a message
 * of eight words or more and only when the learned reader is nearly sure: a short cry
 * gives it too few words to judge (it rated "je veux mourir" 0.16). Measured on round 7
 * of {@code eval/emergency.tsv} before it joined the tuning part, that guard on plain
 * matches cut the false alarms from 7.0 % to 4.3 % and missed no more emergencies
 * (0.943). {@code eval eval/emergency.tsv --split measure} measures a change.
 */
@Component
public class EmergencyDetector {

	/** The kind named when only the learned reader saw the danger. */
	static final String LEARNED = "learned";

	/**
	 * The fewest words from which the learned reader may flag a message alone: in one or
	 * two words ("Hello!") it reads letter runs, not meaning, and the short cries for
	 * help are the concepts' to catch ({@code alone} rules).
	 */
	private static final int LEARNED_MIN_WORDS = 3;

	/**
	 * The fewest words from which the learned reader may overrule even a plain concept
	 * match: a story this long tells it whether "he beat me" happened back home or is
	 * happening now, and whether "i want to die lol" is a joke.
	 */
	private static final int PLAIN_DOUBT_MIN_WORDS = 8;

	private final DangerConcepts concepts;

	private final LearnedDanger learned;

	private final EmergencyProperties settings;

	public EmergencyDetector(EmergencyProperties settings) {
		InputStream in = EmergencyDetector.class.getResourceAsStream("/emergency/concepts.txt");
		if (in == null) {
			throw new IllegalStateException("missing resource /emergency/concepts.txt");
		}
		this.concepts = DangerConcepts.read(in);
		this.learned = LearnedDanger.load();
		this.settings = settings;
	}

	public boolean isEmergency(String text) {
		return kindOf(text).isPresent();
	}

	/**
	 * The kind of danger the message speaks of (a concept's name, or {@code learned}),
	 * never the message's words.
	 */
	public Optional<String> kindOf(String text) {
		List<Word> words = MessageWords.of(TextFolding.clean(text));
		Optional<Recognition> recognised = this.concepts.recognise(words);
		if (recognised.isPresent()) {
			Recognition concept = recognised.get();
			if (!concept.doubtable() && words.size() < PLAIN_DOUBT_MIN_WORDS) {
				return Optional.of(concept.kind());
			}
			double doubt = concept.doubtable() ? this.settings.doubtBelow() : this.settings.plainDoubtBelow();
			return (this.learned.probability(words) >= doubt) ? Optional.of(concept.kind()) : Optional.empty();
		}
		boolean learned = words.size() >= LEARNED_MIN_WORDS
				&& this.learned.probability(words) >= this.settings.flagAt();
		return learned ? Optional.of(LEARNED) : Optional.empty();
	}

}
