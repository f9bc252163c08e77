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
 * ({@code always}, {@code alone}: "je veux mourir", "FIRE") never does: a short cry gives
 * the learned reader too few words to judge. On messages neither reader had seen (round 6
 * of {@code eval/emergency.tsv}, before it joined the tuning part), the concepts alone
 * caught 0.67 of the emergencies and flagged 6.0 % of the hard non-emergencies; the
 * learned reader alone 0.88 and 2.9 %; the two together 0.92 and 7.5 %. {@code eval
 * eval/emergency.tsv --split measure} measures a change.
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
		if (recognised.isPresent() && !recognised.get().doubtable()) {
			return recognised.map(Recognition::kind);
		}
		double probability = this.learned.probability(words);
		if (recognised.isPresent() && probability >= this.settings.doubtBelow()) {
			return recognised.map(Recognition::kind);
		}
		return (words.size() >= LEARNED_MIN_WORDS && probability >= this.settings.flagAt()) ? Optional.of(LEARNED)
				: Optional.empty();
	}

}
