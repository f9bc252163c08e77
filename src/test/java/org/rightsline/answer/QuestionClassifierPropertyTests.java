package org.rightsline.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.classification.ClassificationResult;
import org.apache.lucene.classification.SimpleNaiveBayesClassifier;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * The classifier names the class Lucene's own naive Bayes classifier names, on random
 * training questions (over several index segments, beside documents without a class) and
 * random messages, known words or not, repeats and ties included.
 */
class QuestionClassifierPropertyTests {

	private static final String[] WORDS = { "clinic", "refused", "insurance", "card", "border", "claim", "french",
			"class", "pharmacy", "paper", "doctor", "deadline" };

	@Test
	void namesTheClassLucenesClassifierNames() {
		qt().withExamples(300).forAll(longs().all()).checkAssert((seed) -> {
			Random random = new Random(seed);
			Analyzer analyzer = new StandardAnalyzer();
			try (DirectoryReader reader = DirectoryReader.open(index(random, analyzer))) {
				SimpleNaiveBayesClassifier lucene = new SimpleNaiveBayesClassifier(reader, analyzer, null, "class",
						"question");
				QuestionClassifier ours = new QuestionClassifier(reader, analyzer, "class", "question");
				for (int i = 0; i < 20; i++) {
					String message = words(random, random.nextInt(9), true);
					ClassificationResult<BytesRef> expected = lucene.assignClass(message);
					assertThat(ours.classify(message)).as(message)
						.isEqualTo((expected != null) ? expected.getAssignedClass().utf8ToString() : null);
				}
			}
			catch (IOException ex) {
				throw new AssertionError(ex);
			}
		});
	}

	private static ByteBuffersDirectory index(Random random, Analyzer analyzer) throws IOException {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
			int classes = 1 + random.nextInt(6);
			int questions = 1 + random.nextInt(40);
			for (int i = 0; i < questions; i++) {
				Document document = new Document();
				document.add(new StringField("class", "entry-" + random.nextInt(classes), Field.Store.NO));
				document.add(new TextField("question", words(random, 1 + random.nextInt(6), false), Field.Store.NO));
				writer.addDocument(document);
				if (random.nextInt(10) == 0) {
					Document entry = new Document();
					entry.add(new TextField("body", words(random, 5, false), Field.Store.NO));
					writer.addDocument(entry);
				}
				if (random.nextInt(15) == 0) {
					writer.commit();
				}
			}
		}
		return directory;
	}

	private static String words(Random random, int count, boolean withUnknown) {
		List<String> words = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			words.add((withUnknown && random.nextInt(4) == 0) ? "unknown" + random.nextInt(3)
					: WORDS[random.nextInt(WORDS.length)]);
		}
		return String.join(" ", words);
	}

}
