package org.rightsline.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * The naive Bayes reading of a message: the same model and the same figures as Lucene's
 * {@code SimpleNaiveBayesClassifier} trained on the question documents (add-one
 * smoothing, its estimate of each class's vocabulary, its tie order), but with the counts
 * read from the index once, when it is built. Lucene's classifier runs one search per
 * word and class of every message: about 5 ms a message on the shipped FAQ, and ten times
 * that on a FAQ ten times larger (see the answering benchmark). Here a message costs a
 * few map look-ups per word and one addition per word and class.
 */
final class QuestionClassifier {

	private final Analyzer analyzer;

	private final String textField;

	/** Class labels in the index's term order, which breaks ties as Lucene does. */
	private final String[] classes;

	/** Log prior of each class: the share of question documents it has. */
	private final double[] logPrior;

	/** Each class's smoothing denominator. */
	private final double[] denominator;

	/** Log likelihood of a word no question of the class has. */
	private final double[] logUnseen;

	/** For each word, the classes whose questions hold it and in how many questions. */
	private final Map<String, int[][]> questionsWithWord;

	QuestionClassifier(IndexReader reader, Analyzer analyzer, String classField, String textField) throws IOException {
		this.analyzer = analyzer;
		this.textField = textField;
		Terms classTerms = MultiTerms.getTerms(reader, classField);
		Terms textTerms = MultiTerms.getTerms(reader, textField);
		List<String> labels = new ArrayList<>();
		List<Integer> sizes = new ArrayList<>();
		if (classTerms != null) {
			TermsEnum iterator = classTerms.iterator();
			for (BytesRef label = iterator.next(); label != null; label = iterator.next()) {
				if (label.length > 0) {
					labels.add(label.utf8ToString());
					sizes.add(iterator.docFreq());
				}
			}
		}
		this.classes = labels.toArray(String[]::new);
		int documentsWithClass = (classTerms != null) ? classTerms.getDocCount() : 0;
		double uniqueWordsPerQuestion = 0;
		if (textTerms != null) {
			uniqueWordsPerQuestion += textTerms.getSumDocFreq() / (double) textTerms.getDocCount();
		}
		this.logPrior = new double[this.classes.length];
		this.denominator = new double[this.classes.length];
		this.logUnseen = new double[this.classes.length];
		for (int c = 0; c < this.classes.length; c++) {
			this.logPrior[c] = Math.log(sizes.get(c)) - Math.log(documentsWithClass);
			this.denominator[c] = uniqueWordsPerQuestion * sizes.get(c) + documentsWithClass;
			this.logUnseen[c] = Math.log(1.0 / this.denominator[c]);
		}
		this.questionsWithWord = countWords(reader, classField, textField, labels);
	}

	/** The likeliest class of a text, or null when the index holds no class at all. */
	String classify(String text) throws IOException {
		if (this.classes.length == 0) {
			return null;
		}
		double[] likelihood = new double[this.classes.length];
		int[] hits = new int[this.classes.length];
		for (String word : tokens(text)) {
			int[][] counts = this.questionsWithWord.get(word);
			if (counts != null) {
				for (int i = 0; i < counts[0].length; i++) {
					hits[counts[0][i]] = counts[1][i];
				}
			}
			for (int c = 0; c < likelihood.length; c++) {
				likelihood[c] += (hits[c] == 0) ? this.logUnseen[c] : Math.log((hits[c] + 1) / this.denominator[c]);
			}
			if (counts != null) {
				for (int i = 0; i < counts[0].length; i++) {
					hits[counts[0][i]] = 0;
				}
			}
		}
		int best = 0;
		double bestScore = this.logPrior[0] + likelihood[0];
		for (int c = 1; c < likelihood.length; c++) {
			double score = this.logPrior[c] + likelihood[c];
			if (score > bestScore) {
				best = c;
				bestScore = score;
			}
		}
		return this.classes[best];
	}

	/**
	 * Every word of the text as the index sees it, repeats included, as Lucene's reads
	 * it.
	 */
	private List<String> tokens(String text) throws IOException {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = this.analyzer.tokenStream(this.textField, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		return tokens;
	}

	private static Map<String, int[][]> countWords(IndexReader reader, String classField, String textField,
			List<String> labels) throws IOException {
		Map<String, Integer> classIndex = new HashMap<>();
		for (int c = 0; c < labels.size(); c++) {
			classIndex.put(labels.get(c), c);
		}
		Map<String, Map<Integer, Integer>> counts = new HashMap<>();
		for (LeafReaderContext leaf : reader.leaves()) {
			int[] classOfDoc = new int[leaf.reader().maxDoc()];
			java.util.Arrays.fill(classOfDoc, -1);
			Terms classTerms = leaf.reader().terms(classField);
			Terms textTerms = leaf.reader().terms(textField);
			if (classTerms == null || textTerms == null) {
				continue;
			}
			PostingsEnum postings = null;
			TermsEnum classes = classTerms.iterator();
			for (BytesRef label = classes.next(); label != null; label = classes.next()) {
				Integer c = classIndex.get(label.utf8ToString());
				postings = classes.postings(postings, PostingsEnum.NONE);
				for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
					classOfDoc[doc] = (c != null) ? c : -1;
				}
			}
			TermsEnum words = textTerms.iterator();
			for (BytesRef word = words.next(); word != null; word = words.next()) {
				Map<Integer, Integer> byClass = counts.computeIfAbsent(word.utf8ToString(), (w) -> new HashMap<>());
				postings = words.postings(postings, PostingsEnum.NONE);
				for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
					if (classOfDoc[doc] >= 0) {
						byClass.merge(classOfDoc[doc], 1, Integer::sum);
					}
				}
			}
		}
		Map<String, int[][]> compact = new HashMap<>();
		counts.forEach((word, byClass) -> {
			int[][] pairs = new int[2][byClass.size()];
			int i = 0;
			for (Map.Entry<Integer, Integer> entry : byClass.entrySet()) {
				pairs[0][i] = entry.getKey();
				pairs[1][i] = entry.getValue();
				i++;
			}
			compact.put(word, pairs);
		});
		return compact;
	}

}
