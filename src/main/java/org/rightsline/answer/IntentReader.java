package org.rightsline.answer;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import org.apache.lucene.util.StringHelper;

/**
 * The second reading of a message: a logistic regression (LIBLINEAR, each class against
 * the rest) over its analysed words, its pairs of neighbouring words and the runs of
 * three to five letters inside each word, trained on the entries' ways of asking and on
 * the subjects outside the FAQ (one class) whenever the index is built. The letter runs
 * carry typos and the forms a stemmer misses; the weights learn which words tell one
 * entry from another, which BM25 cannot. It replaced a naive Bayes classifier: the
 * README's answering section gives the figures of both.
 * <p>
 * Only the columns some way of asking filled keep weights (the others stay zero under
 * LIBLINEAR's L2 regularisation), packed as {@code float}: three languages of a FAQ ten
 * times the shipped one must fit a small heap.
 */
final class IntentReader {

	/** Columns the features are hashed into: few features of one language share one. */
	private static final int COLUMNS = 1 << 16;

	private static final int BIAS_COLUMN = COLUMNS + 1;

	private static final int SEED = 20261208;

	/**
	 * How little the regression is held back: chosen on {@code eval/dev.tsv} and folds.
	 */
	private static final double COST = 8;

	private static final int UNUSED = -1;

	/**
	 * The most classes (entries of one language, plus one for the subjects outside the
	 * FAQ) trained for: the cost of training grows with classes times questions, so with
	 * the square of the FAQ. The shipped FAQ has 33 and trains in about 1.5 s per reload;
	 * a FAQ more than twice its size is read by BM25 alone, under its stricter rule for
	 * disputed matches.
	 */
	static final int MAX_CLASSES = 64;

	/** The classes, in LIBLINEAR's order. */
	private final String[] labels;

	/** For each column (bias last), its row of weights, or {@link #UNUSED}. */
	private final int[] rowOfColumn;

	/** The weight of row {@code r} for class {@code c} at {@code r * labels + c}. */
	private final float[] weights;

	private IntentReader(String[] labels, int[] rowOfColumn, float[] weights) {
		this.labels = labels;
		this.rowOfColumn = rowOfColumn;
		this.weights = weights;
	}

	/** One way of asking, as analysed terms, and the class it belongs to. */
	record Example(List<String> terms, String label) {
	}

	/** Whether a FAQ of this many classes is trained for. */
	static boolean trains(int classes) {
		return classes >= 2 && classes <= MAX_CLASSES;
	}

	static IntentReader train(List<Example> examples) {
		List<String> classes = examples.stream().map(Example::label).distinct().sorted().toList();
		if (!trains(classes.size())) {
			// Nothing to tell apart, or too much to learn at every reload: no reading.
			return new IntentReader(new String[0], new int[0], new float[0]);
		}
		Problem problem = new Problem();
		problem.l = examples.size();
		problem.n = BIAS_COLUMN;
		problem.bias = 1;
		problem.x = new Feature[problem.l][];
		problem.y = new double[problem.l];
		for (int i = 0; i < problem.l; i++) {
			problem.x[i] = features(examples.get(i).terms());
			problem.y[i] = classes.indexOf(examples.get(i).label());
		}
		Linear.disableDebugOutput();
		Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR_DUAL, COST, 0.1));
		String[] labels = Arrays.stream(model.getLabels()).mapToObj(classes::get).toArray(String[]::new);
		return pack(labels, model);
	}

	/**
	 * With two classes LIBLINEAR keeps one vector (for its first label); the packed
	 * weights always hold one per class, the second being the first's opposite.
	 */
	private static IntentReader pack(String[] labels, Model model) {
		double[] trained = model.getFeatureWeights();
		int stored = (labels.length == 2) ? 1 : labels.length;
		int[] rowOfColumn = new int[BIAS_COLUMN];
		Arrays.fill(rowOfColumn, UNUSED);
		float[] packed = new float[Math.min(trained.length / stored, BIAS_COLUMN) * labels.length];
		int rows = 0;
		for (int column = 0; column < BIAS_COLUMN; column++) {
			boolean used = false;
			for (int c = 0; c < stored && !used; c++) {
				used = trained[column * stored + c] != 0;
			}
			if (!used) {
				continue;
			}
			rowOfColumn[column] = rows;
			for (int c = 0; c < labels.length; c++) {
				double weight = (c < stored) ? trained[column * stored + c] : -trained[column * stored];
				packed[rows * labels.length + c] = (float) weight;
			}
			rows++;
		}
		return new IntentReader(labels, rowOfColumn, Arrays.copyOf(packed, rows * labels.length));
	}

	/** The likeliest class of a message and how likely it is (0 to 1). */
	Match.Reading read(List<String> terms) {
		int classes = this.labels.length;
		if (classes == 0) {
			return Match.Reading.NONE;
		}
		double[] scores = new double[classes];
		for (Feature feature : features(terms)) {
			int row = this.rowOfColumn[feature.getIndex() - 1];
			if (row == UNUSED) {
				continue;
			}
			for (int c = 0; c < classes; c++) {
				scores[c] += this.weights[row * classes + c] * feature.getValue();
			}
		}
		// LIBLINEAR's probabilities for more than two classes: each class's logistic
		// output, normalised to sum to one.
		double sum = 0;
		int best = 0;
		for (int c = 0; c < classes; c++) {
			scores[c] = 1 / (1 + Math.exp(-scores[c]));
			sum += scores[c];
			if (scores[c] > scores[best]) {
				best = c;
			}
		}
		return new Match.Reading(this.labels[best], (sum == 0) ? 0 : scores[best] / sum);
	}

	private static Feature[] features(List<String> terms) {
		IntStream.Builder columns = IntStream.builder();
		String previous = "^";
		for (String term : terms) {
			columns.add(column("w", term));
			columns.add(column("p", previous + ' ' + term));
			String padded = ' ' + term + ' ';
			for (int length = 3; length <= 5; length++) {
				for (int start = 0; start + length <= padded.length(); start++) {
					columns.add(column("c", padded.substring(start, start + length)));
				}
			}
			previous = term;
		}
		int[] distinct = columns.build().sorted().distinct().toArray();
		double weight = 1 / Math.sqrt(Math.max(1, distinct.length));
		Feature[] features = new Feature[distinct.length + 1];
		for (int i = 0; i < distinct.length; i++) {
			features[i] = new FeatureNode(distinct[i], weight);
		}
		features[distinct.length] = new FeatureNode(BIAS_COLUMN, 1);
		return features;
	}

	/** A column from 1 to {@link #COLUMNS}: LIBLINEAR numbers its columns from one. */
	private static int column(String kind, String text) {
		byte[] bytes = (kind + text).getBytes(StandardCharsets.UTF_8);
		return (StringHelper.murmurhash3_x86_32(bytes, 0, bytes.length, SEED) & (COLUMNS - 1)) + 1;
	}

}
