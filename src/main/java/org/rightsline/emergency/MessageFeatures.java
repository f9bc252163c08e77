package org.rightsline.emergency;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import org.apache.lucene.util.StringHelper;

import org.rightsline.emergency.MessageWords.Word;

/**
 * A message as the learned reader sees it: its words, its pairs of neighbouring words,
 * and the runs of three to five letters inside each word, hashed into a fixed number of
 * columns. The letter runs are what carry a typo ("overdos", "suicid", "sangr") and a
 * word of one language written in the spelling of another; the pairs carry "took all" and
 * "can't breathe". Every feature weighs the same and the vector has length one, so that a
 * long story is not louder than a short cry for help.
 */
final class MessageFeatures {

	/** Columns: enough that few features of the three languages share one. */
	static final int COLUMNS = 1 << 18;

	private static final int SEED = 20261207;

	private MessageFeatures() {
	}

	static Feature[] of(List<Word> words) {
		IntStream.Builder columns = IntStream.builder();
		String previous = "^";
		for (Word word : words) {
			String text = word.text();
			columns.add(column("w", text));
			columns.add(column("p", previous + ' ' + text));
			addRuns(columns, "c", ' ' + text + ' ', 3, 5);
			previous = text;
		}
		columns.add(column("p", previous + " $"));
		addRuns(columns, "j", ' ' + String.join(" ", words.stream().map(Word::text).toList()) + ' ', 4, 6);
		int[] distinct = columns.build().sorted().distinct().toArray();
		double weight = 1 / Math.sqrt(distinct.length);
		Feature[] features = new Feature[distinct.length];
		for (int i = 0; i < distinct.length; i++) {
			features[i] = new FeatureNode(distinct[i], weight);
		}
		return features;
	}

	private static void addRuns(IntStream.Builder columns, String kind, String text, int shortest, int longest) {
		for (int length = shortest; length <= longest; length++) {
			for (int start = 0; start + length <= text.length(); start++) {
				columns.add(column(kind, text.substring(start, start + length)));
			}
		}
	}

	/** A column from 1 to {@link #COLUMNS}: LIBLINEAR numbers its columns from one. */
	private static int column(String kind, String text) {
		byte[] bytes = (kind + text).getBytes(StandardCharsets.UTF_8);
		return (StringHelper.murmurhash3_x86_32(bytes, 0, bytes.length, SEED) & (COLUMNS - 1)) + 1;
	}

}
