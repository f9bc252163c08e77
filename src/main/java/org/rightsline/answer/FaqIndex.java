package org.rightsline.answer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.rightsline.content.FaqContent;
import org.rightsline.content.FaqEntry;
import org.rightsline.content.Language;
import org.rightsline.content.OutOfScopeTopic;

/**
 * An in-memory Lucene index of the FAQ, one per language, built once from the loaded
 * content and never written again: a content reload builds a new {@code FaqIndex} and
 * swaps it whole.
 * <p>
 * A message is read two ways. BM25 ranks the entries, each scored as a whole (questions,
 * keywords, title, answer) plus its single question closest to the message. A classifier
 * ({@link IntentReader}), trained on the entries' questions and the subjects outside the
 * FAQ, names the class it thinks most likely and how likely. The two make different
 * mistakes, so when they agree the answer is much more often right:
 * {@link Match#agreed()}.
 */
public final class FaqIndex {

	/** Field weights: the ways people ask count most, the long answer least. */
	private static final Map<String, Float> FIELD_BOOSTS = Map.of(FaqFields.QUESTIONS, 3f, FaqFields.TITLE, 2f,
			FaqFields.KEYWORDS, 2f, FaqFields.BODY, 0.5f);

	/**
	 * How much a word found in several fields of an entry counts beyond its best field: a
	 * little, so that a word in both the questions and the keywords weighs more than in
	 * the questions alone.
	 */
	private static final float TIE_BREAKER = 0.3f;

	/**
	 * The weight of the entry's closest single question, added to the entry's own score.
	 */
	private static final double CLOSEST_QUESTION_WEIGHT = 0.5;

	/**
	 * The most distinct words of a message that are looked up. A question is far shorter;
	 * the limit keeps a 5,000-character message under Lucene's limit of clauses per
	 * query.
	 */
	private static final int MAX_TERMS = 64;

	/**
	 * The characters of a message the classifier reads: questions are far shorter, and
	 * its cost grows with every word, so a flood of long messages must not buy much work
	 * each.
	 */
	private static final int MAX_CLASSIFIED = 500;

	/**
	 * How close to the best score an entry must be to be offered beside it in a
	 * clarifying question.
	 */
	private static final double NEAR = 0.75;

	/** The most entries a clarifying question offers. */
	private static final int MAX_NEAREST = 3;

	private final Map<Language, LanguageIndex> indexes = new EnumMap<>(Language.class);

	public FaqIndex(FaqContent content) {
		for (Language language : Language.values()) {
			this.indexes.put(language, new LanguageIndex(LanguageAnalysis.of(language), content.entries(language),
					content.outOfScope(language)));
		}
	}

	/**
	 * The best entry for a message in the given language, if any word of it is in the FAQ
	 * at all.
	 */
	public Optional<Match> search(String text, Language language) {
		return this.indexes.get(language).search(text);
	}

	/**
	 * The terms of a text as the index of that language sees them (for tests and
	 * diagnostics).
	 */
	List<String> terms(String text, Language language) {
		return this.indexes.get(language).analysis.terms(text);
	}

	private static final class LanguageIndex {

		private final LanguageAnalysis analysis;

		private final IndexSearcher searcher;

		private final IntentReader intents;

		/**
		 * The entry id of every document, read once: the index never changes, and reading
		 * stored fields for each hit cost more than the search itself.
		 */
		private final String[] idOfDoc;

		/**
		 * The analysed words of each entry's questions, keywords and title: what the
		 * entry is about.
		 */
		private final Map<String, Set<String>> askedTermsOfEntry = new HashMap<>();

		/** The analysed words of each entry's answer: what it mentions, a weaker sign. */
		private final Map<String, Set<String>> bodyTermsOfEntry = new HashMap<>();

		/**
		 * In how many entries each word occurs: rare words tell more than common ones.
		 */
		private final Map<String, Integer> entriesWithTerm = new HashMap<>();

		LanguageIndex(LanguageAnalysis analysis, List<FaqEntry> entries, List<OutOfScopeTopic> outOfScope) {
			this.analysis = analysis;
			ByteBuffersDirectory directory = new ByteBuffersDirectory();
			// Past the classifier's limit, the ways of asking are not even analysed for
			// it.
			boolean classified = IntentReader.trains(entries.size() + (outOfScope.isEmpty() ? 0 : 1));
			List<IntentReader.Example> examples = new ArrayList<>();
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analysis.analyzer()))) {
				for (FaqEntry entry : entries) {
					writer.addDocument(entryDocument(entry));
					List<String> waysToAsk = new ArrayList<>(entry.questions());
					waysToAsk.add(entry.title());
					waysToAsk.add(String.join(" ", entry.keywords()));
					addQuestions(writer, entry.id(), waysToAsk);
					remember(entry.id(), waysToAsk, entry.text());
					if (classified) {
						waysToAsk.forEach((q) -> examples.add(new IntentReader.Example(analysis.terms(q), entry.id())));
					}
				}
				for (OutOfScopeTopic topic : outOfScope) {
					String id = Match.OUT_OF_SCOPE + topic.name();
					Document document = new Document();
					document.add(new StringField(FaqFields.ID, id, Field.Store.YES));
					topic.questions()
						.forEach((q) -> document.add(new TextField(FaqFields.QUESTIONS, q, Field.Store.NO)));
					topic.questions().forEach((q) -> document.add(new TextField(FaqFields.ALL, q, Field.Store.NO)));
					writer.addDocument(document);
					addQuestions(writer, id, topic.questions());
					remember(id, topic.questions(), "");
					if (classified) {
						topic.questions()
							.forEach((q) -> examples
								.add(new IntentReader.Example(analysis.terms(q), Match.OUT_OF_SCOPE)));
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			try {
				DirectoryReader reader = DirectoryReader.open(directory);
				this.searcher = new IndexSearcher(reader);
				this.idOfDoc = new String[reader.maxDoc()];
				StoredFields stored = reader.storedFields();
				for (int doc = 0; doc < reader.maxDoc(); doc++) {
					this.idOfDoc[doc] = stored.document(doc).get(FaqFields.ID);
				}
				this.intents = IntentReader.train(examples);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private void remember(String id, List<String> waysToAsk, String answer) {
			Set<String> asked = new HashSet<>();
			waysToAsk.forEach((text) -> asked.addAll(this.analysis.terms(text)));
			Set<String> body = new HashSet<>(this.analysis.terms(answer));
			this.askedTermsOfEntry.put(id, asked);
			this.bodyTermsOfEntry.put(id, body);
			Set<String> all = new HashSet<>(asked);
			all.addAll(body);
			all.forEach((term) -> this.entriesWithTerm.merge(term, 1, Integer::sum));
		}

		/**
		 * The share of the message's information that the entry holds, rare words
		 * weighing more. A word of the entry's questions, keywords or title counts fully;
		 * a word only its answer mentions counts half, since answers mention much they
		 * are not about. Words the FAQ does not know at all weigh most: a message made of
		 * them is about something else.
		 */
		private double coverage(List<String> terms, String id) {
			Set<String> asked = this.askedTermsOfEntry.get(id);
			Set<String> body = this.bodyTermsOfEntry.get(id);
			int entries = this.askedTermsOfEntry.size();
			double total = 0;
			double found = 0;
			for (String term : new HashSet<>(terms)) {
				int df = this.entriesWithTerm.getOrDefault(term, 0);
				double idf = Math.log(1 + (entries - df + 0.5) / (df + 0.5));
				total += idf;
				if (asked.contains(term)) {
					found += idf;
				}
				else if (body.contains(term)) {
					found += idf / 2;
				}
			}
			return (total == 0) ? 0 : found / total;
		}

		private static Document entryDocument(FaqEntry entry) {
			Document document = new Document();
			// The id is matched exactly and shown to staff, never searched as words.
			document.add(new StringField(FaqFields.ID, entry.id(), Field.Store.YES));
			entry.questions().forEach((q) -> document.add(new TextField(FaqFields.QUESTIONS, q, Field.Store.NO)));
			entry.keywords().forEach((k) -> document.add(new TextField(FaqFields.KEYWORDS, k, Field.Store.NO)));
			document.add(new TextField(FaqFields.TITLE, entry.title(), Field.Store.NO));
			document.add(new TextField(FaqFields.BODY, entry.text(), Field.Store.NO));
			for (String text : List.of(String.join(" ", entry.questions()), String.join(" ", entry.keywords()),
					entry.title(), entry.text())) {
				document.add(new TextField(FaqFields.ALL, text, Field.Store.NO));
			}
			return document;
		}

		/**
		 * One small document per way of asking, for the closest question.
		 */
		private static void addQuestions(IndexWriter writer, String id, List<String> questions) throws IOException {
			for (String question : questions) {
				if (question.isBlank()) {
					continue;
				}
				Document document = new Document();
				document.add(new StringField(FaqFields.ID, id, Field.Store.YES));
				document.add(new TextField(FaqFields.QUESTION, question, Field.Store.NO));
				writer.addDocument(document);
			}
		}

		Optional<Match> search(String text) {
			// The classifier reads the text's own terms (its letter runs carry typos);
			// spelling correction serves BM25.
			try {
				List<String> terms = correctSpelling(
						this.analysis.terms(text).stream().distinct().limit(MAX_TERMS).toList());
				if (terms.isEmpty()) {
					return Optional.empty();
				}
				List<Map.Entry<String, Double>> ranked = rank(terms);
				if (ranked.isEmpty()) {
					return Optional.empty();
				}
				String id = ranked.get(0).getKey();
				double best = ranked.get(0).getValue();
				double margin = (ranked.size() < 2) ? 1.0 : (best - ranked.get(1).getValue()) / best;
				List<String> nearest = ranked.stream()
					.filter((entry) -> entry.getValue() >= NEAR * best)
					.map(Map.Entry::getKey)
					.filter((entry) -> !entry.startsWith(Match.OUT_OF_SCOPE))
					.limit(MAX_NEAREST)
					.toList();
				Match.Reading reading = this.intents.read(this.analysis
					.terms((text.length() > MAX_CLASSIFIED) ? text.substring(0, MAX_CLASSIFIED) : text));
				return Optional.of(new Match(id, best, margin, coverage(terms, id), reading, nearest));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/**
		 * The best entries by BM25, best first: the entry as a whole, plus its closest
		 * single question.
		 */
		private List<Map.Entry<String, Double>> rank(List<String> terms) throws IOException {
			Map<String, Double> scores = new HashMap<>();
			for (ScoreDoc hit : this.searcher.search(entryQuery(terms), 1000).scoreDocs) {
				scores.merge(idOf(hit), (double) hit.score, Double::sum);
			}
			Map<String, Double> closestQuestion = new HashMap<>();
			for (ScoreDoc hit : this.searcher.search(questionQuery(terms), 1000).scoreDocs) {
				closestQuestion.merge(idOf(hit), (double) hit.score, Math::max);
			}
			closestQuestion.forEach((id, score) -> scores.merge(id, CLOSEST_QUESTION_WEIGHT * score, Double::sum));
			return scores.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
				.limit(MAX_NEAREST + 1)
				.toList();
		}

		private String idOf(ScoreDoc hit) {
			return this.idOfDoc[hit.doc];
		}

		/**
		 * Each word may be found in any field, counted mostly at its best field's weight.
		 */
		private Query entryQuery(List<String> terms) {
			BooleanQuery.Builder query = new BooleanQuery.Builder();
			for (String term : new HashSet<>(terms)) {
				List<Query> inFields = new ArrayList<>();
				FIELD_BOOSTS.forEach(
						(field, boost) -> inFields.add(new BoostQuery(new TermQuery(new Term(field, term)), boost)));
				query.add(new DisjunctionMaxQuery(inFields, TIE_BREAKER), Occur.SHOULD);
			}
			return query.build();
		}

		private Query questionQuery(List<String> terms) {
			BooleanQuery.Builder query = new BooleanQuery.Builder();
			for (String term : new HashSet<>(terms)) {
				query.add(new TermQuery(new Term(FaqFields.QUESTION, term)), Occur.SHOULD);
			}
			return query.build();
		}

		/**
		 * Replaces each word the FAQ does not know by the known word closest to it (one
		 * typo in a word of five letters or more, two from eight), so that
		 * {@code insurence} finds {@code insurance}. Short words are left alone: too many
		 * of them are one letter apart.
		 */
		private List<String> correctSpelling(List<String> terms) throws IOException {
			Terms vocabulary = MultiTerms.getTerms(this.searcher.getIndexReader(), FaqFields.ALL);
			List<String> corrected = new ArrayList<>(terms.size());
			for (String term : terms) {
				if (vocabulary == null || term.length() < 5
						|| this.searcher.getIndexReader().docFreq(new Term(FaqFields.ALL, term)) > 0) {
					corrected.add(term);
					continue;
				}
				corrected.add(closestKnown(vocabulary, term).orElse(term));
			}
			return corrected;
		}

		private Optional<String> closestKnown(Terms vocabulary, String term) throws IOException {
			int maxEdits = (term.length() >= 8) ? 2 : 1;
			// The first letter is rarely the mistyped one, and keeping it cuts the
			// candidates.
			FuzzyTermsEnum candidates = new FuzzyTermsEnum(vocabulary, new Term(FaqFields.ALL, term), maxEdits, 1,
					true);
			BoostAttribute similarity = candidates.attributes().addAttribute(BoostAttribute.class);
			String best = null;
			float bestSimilarity = -1;
			int bestFrequency = -1;
			for (BytesRef candidate = candidates.next(); candidate != null; candidate = candidates.next()) {
				int frequency = candidates.docFreq();
				if (similarity.getBoost() > bestSimilarity
						|| similarity.getBoost() == bestSimilarity && frequency > bestFrequency) {
					best = candidate.utf8ToString();
					bestSimilarity = similarity.getBoost();
					bestFrequency = frequency;
				}
			}
			return Optional.ofNullable(best);
		}

	}

}
