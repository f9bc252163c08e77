package org.rightsline.emergency;

import java.io.InputStream;
import java.util.Optional;

import org.rightsline.system.TextFolding;

import org.springframework.stereotype.Component;

/**
 * Recognises a message about an emergency happening now: an overdose, someone not
 * breathing, a seizure, a stroke, heavy bleeding, labour with no way to the hospital, a
 * wish to die said plainly or by its goodbyes, violence, a missing child, a fire. It
 * reads every language's concepts whatever the message's language, because a wrong
 * language guess must never hide an emergency; and it runs before anything else. The
 * concepts live in {@code emergency/concepts.txt}, so that staff can add the words people
 * really use; {@code eval eval/emergency.tsv} measures a change.
 */
@Component
public class EmergencyDetector {

	private final DangerConcepts concepts;

	public EmergencyDetector() {
		InputStream in = EmergencyDetector.class.getResourceAsStream("/emergency/concepts.txt");
		if (in == null) {
			throw new IllegalStateException("missing resource /emergency/concepts.txt");
		}
		this.concepts = DangerConcepts.read(in);
	}

	public boolean isEmergency(String text) {
		return kindOf(text).isPresent();
	}

	/**
	 * The kind of danger the message speaks of (a concept's name, never the message's
	 * words), if any.
	 */
	public Optional<String> kindOf(String text) {
		return this.concepts.recognise(MessageWords.of(TextFolding.clean(text)));
	}

}
