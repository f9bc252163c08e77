package org.rightsline.emergency;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.rightsline.content.ContentProperties;
import org.rightsline.content.ContentProperties.StalePolicy;
import org.rightsline.content.FaqContent;
import org.rightsline.content.Language;
import org.rightsline.emergency.LearnedDanger.Example;

/**
 * Trains the {@link LearnedDanger learned reader} when the project is built (the pom runs
 * it in {@code process-classes}) and writes its weights where the jar picks them up.
 * Training holds every example in memory (more than the service's whole heap), so it
 * happens here, once, and never in the service.
 * <p>
 * Arguments: the {@code eval} folder, the {@code content} folder, the file to write.
 */
public final class LearnedDangerTraining {

	private LearnedDangerTraining() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 3) {
			throw new IllegalArgumentException("usage: LearnedDangerTraining EVAL_DIR CONTENT_DIR MODEL_FILE");
		}
		Path eval = Path.of(args[0]);
		List<Example> examples = new ArrayList<>();
		examples.addAll(LearnedDanger.read(eval.resolve("emergency.tsv")));
		examples.addAll(LearnedDanger.read(eval.resolve("dev.tsv")));
		examples.addAll(ordinaryQuestions(Path.of(args[1])));
		LearnedDanger.train(examples).save(Path.of(args[2]));
		System.out.println("LearnedDangerTraining: " + examples.size() + " examples, weights in " + args[2]);
	}

	/**
	 * The FAQ's questions and out-of-scope lines: what people ask most is not an
	 * emergency, and a reader that only saw hard cases would take an ordinary question
	 * for one.
	 */
	private static List<Example> ordinaryQuestions(Path contentFolder) throws IOException {
		FaqContent content = FaqContent.load(
				new ContentProperties(contentFolder, 4, Period.ofYears(100), StalePolicy.SERVE, officialDomains()),
				LocalDate.now());
		List<Example> examples = new ArrayList<>();
		content.entries().forEach((entry) -> entry.questions().forEach((q) -> examples.add(new Example(q, false))));
		for (Language language : Language.values()) {
			content.outOfScope(language)
				.forEach((topic) -> topic.questions().forEach((q) -> examples.add(new Example(q, false))));
		}
		return examples;
	}

	private static List<String> officialDomains() throws IOException {
		try (InputStream in = LearnedDangerTraining.class.getResourceAsStream("/application.properties")) {
			Properties properties = new Properties();
			properties.load(in);
			return List.of(properties.getProperty("rightsline.content.official-domains").split(","));
		}
	}

}
