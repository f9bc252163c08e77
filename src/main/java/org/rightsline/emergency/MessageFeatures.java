package org.rightsline.emergency;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

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
		int[] columns = new int[words.size() * 16 + 4];
		int count = 0;
		String previous = "^";
		for (Word word : words) {
			String text = word.text();
			columns = room(columns, count, text.length() * 3 + 2);
			columns[count++] = column("w", text);
			columns[count++] = column("p", previous + ' ' + text);
			String padded = ' ' + text + ' ';
			for (int length = 3; length <= 5; length++) {
				for (int start = 0; start + length <= padded.length(); start++) {
					columns[count++] = column("c", padded.substring(start, start + length));
				}
			}
			previous = text;
		}
		columns = room(columns, count, 1);
		columns[count++] = column("p", previous + " $");
		String joined = ' ' + String.join(" ", words.stream().map(Word::text).toList()) + ' ';
		columns = room(columns, count, joined.length() * 3);
		for (int length = 4; length <= 6; length++) {
			for (int start = 0; start + length <= joined.length(); start++) {
				columns[count++] = column("j", joined.substring(start, start + length));
			}
		}
		int[] distinct = Arrays.stream(columns, 0, count).sorted().distinct().toArray();
		double weight = 1 / Math.sqrt(distinct.length);
		Feature[] features = new Feature[distinct.length];
		for (int i = 0; i < distinct.length; i++) {
			features[i] = new FeatureNode(distinct[i], weight);
		}
		return features;
	}

	/** A column from 1 to {@link #COLUMNS}: LIBLINEAR numbers its columns from one. */
	private static int column(String kind, String text) {
		byte[] bytes = (kind + text).getBytes(StandardCharsets.UTF_8);
		return (StringHelper.murmurhash3_x86_32(bytes, 0, bytes.length, SEED) & (COLUMNS - 1)) + 1;
	}

	private static int[] room(int[] columns, int count, int needed) {
		return (count + needed <= columns.length) ? columns : Arrays.copyOf(columns, (count + needed) * 2);
	}

}
