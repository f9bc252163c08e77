package org.rightsline.emergency;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

import org.rightsline.emergency.MessageWords.Word;
import org.rightsline.system.TextFolding;

/**
 * A logistic regression (LIBLINEAR) over {@link MessageFeatures}, trained when the
 * project is built ({@link LearnedDangerTraining}, in Maven's {@code process-classes}
 * phase) on the messages the project tunes on: the {@code tune} part of
 * {@code eval/emergency.tsv}, {@code eval/dev.tsv} and the FAQ's questions. The jar
 * carries the weights, so that the service neither trains at start-up nor holds the
 * training set in its heap. It reads the ways of saying danger the concepts do not list
 * yet, and it gives its doubt about a concept's match. The {@code measure} part of
 * {@code emergency.tsv} is never read here: it is what measures this reader.
 */
final class LearnedDanger {

	/**
	 * How little the regression is held back: chosen by cross-validation on the tune
	 * part.
	 */
	private static final double COST = 16;

	private static final int BIAS_COLUMN = MessageFeatures.COLUMNS + 1;

	/** Where the build puts the weights, on the class path. */
	static final String MODEL = "/emergency/learned-danger.model";

	private final Model model;

	private final int emergencyIndex;

	private LearnedDanger(Model model) {
		this.model = model;
		int[] labels = model.getLabels();
		this.emergencyIndex = (labels[0] == 1) ? 0 : 1;
	}

	/** The weights the build wrote into the jar. */
	static LearnedDanger load() {
		InputStream in = LearnedDanger.class.getResourceAsStream(MODEL);
		if (in == null) {
			throw new IllegalStateException("missing resource " + MODEL
					+ ": the build writes it (./mvnw process-classes, LearnedDangerTraining)");
		}
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			return new LearnedDanger(Model.load(reader));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void save(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			this.model.save(writer);
		}
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
	static List<Example> read(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		if (lines.isEmpty() || !lines.get(0).startsWith("lang\texpected\tquestion")) {
			throw new IllegalStateException(file + ": expected the header lang, expected, question");
		}
		List<Example> examples = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] columns = line.split("\t");
			if (columns.length < 3 || (columns.length > 3 && !columns[3].equals("tune"))) {
				continue;
			}
			examples.add(new Example(columns[2], columns[1].equals("EMERGENCY")));
		}
		return examples;
	}

	/** A message and whether it is an emergency. */
	record Example(String text, boolean emergency) {
	}

}
