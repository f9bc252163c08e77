package org.rightsline.answer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.rightsline.system.TextFolding;

import org.springframework.stereotype.Component;

/**
 * Recognises a message about an emergency happening now: someone not breathing, a
 * seizure, heavy bleeding, an overdose, a wish to die, violence. It reads every
 * language's patterns whatever the message's language, because a wrong language guess
 * must never hide an emergency; and it runs before anything else. The patterns live in
 * {@code answer/emergency-patterns.txt} so that staff can add the words people really
 * use.
 */
@Component
public class EmergencyDetector {

	private final List<Pattern> patterns;

	public EmergencyDetector() {
		this.patterns = load();
	}

	public boolean isEmergency(String text) {
		String folded = TextFolding.fold(text);
		return this.patterns.stream().anyMatch((pattern) -> pattern.matcher(folded).find());
	}

	private static List<Pattern> load() {
		List<Pattern> patterns = new ArrayList<>();
		var stream = EmergencyDetector.class.getResourceAsStream("/answer/emergency-patterns.txt");
		if (stream == null) {
			throw new IllegalStateException("missing resource /answer/emergency-patterns.txt");
		}
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				String pattern = line.strip();
				if (!pattern.isEmpty() && !pattern.startsWith("#")) {
					patterns.add(Pattern.compile(pattern));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return List.copyOf(patterns);
	}

}
