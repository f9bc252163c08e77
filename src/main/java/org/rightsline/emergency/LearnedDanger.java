package org.rightsline.emergency;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

import org.rightsline.content.FaqContent;
import org.rightsline.content.Language;
import org.rightsline.emergency.MessageWords.Word;
import org.rightsline.system.TextFolding;

/**
 * A logistic regression (LIBLINEAR) over {@link MessageFeatures}, trained when the
 * service starts on the messages the project tunes on: the {@code tune} part of
 * {@code eval/emergency.tsv} and {@code eval/dev.tsv}, packaged as {@code training/}. It
 * reads the ways of saying danger the concepts do not list yet, and it gives its doubt
 * about a concept's match. The {@code measure} part of {@code emergency.tsv} is never
 * read here: it is what measures this reader.
 */
final class LearnedDanger {

	/**
	 * How little the regression is held back: chosen by cross-validation on the tune
	 * part.
	 */
	private static final double COST = 16;

	private static final int BIAS_COLUMN = MessageFeatures.COLUMNS + 1;

	private final Model model;

	private final int emergencyIndex;

	private LearnedDanger(Model model) {
		this.model = model;
		int[] labels = model.getLabels();
		this.emergencyIndex = (labels[0] == 1) ? 0 : 1;
	}

	/**
	 * Trains on the packaged tuning messages, and on the FAQ's own questions and
	 * out-of-scope lines: what people ask most is not an emergency, and a reader that
	 * only saw hard cases would take an ordinary question for one.
	 */
	static LearnedDanger fromTrainingFiles(FaqContent content) {
		List<Example> examples = new ArrayList<>();
		examples.addAll(read("/training/emergency.tsv"));
		examples.addAll(read("/training/dev.tsv"));
		content.entries().forEach((entry) -> entry.questions().forEach((q) -> examples.add(new Example(q, false))));
		for (Language language : Language.values()) {
			content.outOfScope(language)
				.forEach((topic) -> topic.questions().forEach((q) -> examples.add(new Example(q, false))));
		}
		return train(examples);
	}

	static LearnedDanger train(List<Example> examples) {
		Problem problem = new Problem();
		problem.l = examples.size();
		problem.n = BIAS_COLUMN;
		problem.bias = 1;
		problem.x = new Feature[problem.l][];
		problem.y = new double[problem.l];
		for (int i = 0; i < problem.l; i++) {
			Example example = examples.get(i);
			problem.x[i] = withBias(MessageFeatures.of(MessageWords.of(TextFolding.clean(example.text()))));
			problem.y[i] = example.emergency() ? 1 : 0;
		}
		Linear.disableDebugOutput();
		return new LearnedDanger(Linear.train(problem, new Parameter(SolverType.L2R_LR, COST, 0.001)));
	}

	/** How likely the message is an emergency happening now, from 0 to 1. */
	double probability(List<Word> words) {
		double[] probabilities = new double[2];
		Linear.predictProbability(this.model, withBias(MessageFeatures.of(words)), probabilities);
		return probabilities[this.emergencyIndex];
	}

	private static Feature[] withBias(Feature[] features) {
		Feature[] all = Arrays.copyOf(features, features.length + 1);
		all[features.length] = new FeatureNode(BIAS_COLUMN, 1);
		return all;
	}

	/**
	 * The rows of a tuning file ({@code lang}, {@code expected}, {@code question}, and an
	 * optional {@code split}): a row whose split is not {@code tune} is left out.
	 */
	static List<Example> read(String resource) {
		InputStream in = LearnedDanger.class.getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("missing resource " + resource + " (eval/ packaged as training/)");
		}
		List<Example> examples = new ArrayList<>();
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String header = lines.readLine();
			if (header == null || !header.startsWith("lang\texpected\tquestion")) {
				throw new IllegalStateException(resource + ": expected the header lang, expected, question");
			}
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				String[] columns = line.split("\t");
				if (columns.length < 3 || (columns.length > 3 && !columns[3].equals("tune"))) {
					continue;
				}
				examples.add(new Example(columns[2], columns[1].equals("EMERGENCY")));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return examples;
	}

	/** A message and whether it is an emergency. */
	record Example(String text, boolean emergency) {
	}

}
