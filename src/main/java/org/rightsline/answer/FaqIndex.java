package org.rightsline.answer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.rightsline.content.FaqContent;
import org.rightsline.content.FaqEntry;
import org.rightsline.content.Language;

/**
 * An in-memory Lucene index of the FAQ, one per language, built once from the loaded content and
 * never written again: a content reload builds a new {@code FaqIndex} and swaps it whole.
 */
public final class FaqIndex {

	/** Field weights: the ways people ask count most, the long answer least. */
	private static final Map<String, Float> FIELD_BOOSTS = Map.of(FaqFields.QUESTIONS, 3f, FaqFields.TITLE, 2f,
			FaqFields.KEYWORDS, 2f, FaqFields.BODY, 1f);

	private final Map<Language, LanguageIndex> indexes = new EnumMap<>(Language.class);

	public FaqIndex(FaqContent content) {
		for (Language language : Language.values()) {
			this.indexes.put(language, new LanguageIndex(LanguageAnalysis.of(language), content.entries(language)));
		}
	}

	/** The best entry for a message in the given language, if any word of it is in the FAQ at all. */
	public Optional<Match> search(String text, Language language) {
		return this.indexes.get(language).search(text);
	}

	/** The terms of a text as the index of that language sees them (for tests and diagnostics). */
	List<String> terms(String text, Language language) {
		return this.indexes.get(language).analysis.terms(text);
	}

	private static final class LanguageIndex {

		private final LanguageAnalysis analysis;

		private final IndexSearcher searcher;

		/** The analysed terms of the questions, keywords and title of each entry: what the entry is about. */
		private final Map<String, Set<String>> askedTermsOfEntry = new LinkedHashMap<>();

		/** The analysed terms of each entry's answer: what it mentions, a weaker sign. */
		private final Map<String, Set<String>> bodyTermsOfEntry = new LinkedHashMap<>();

		/** In how many entries each term occurs: rare words tell more than common ones. */
		private final Map<String, Integer> entriesWithTerm = new HashMap<>();

		LanguageIndex(LanguageAnalysis analysis, List<FaqEntry> entries) {
			this.analysis = analysis;
			ByteBuffersDirectory directory = new ByteBuffersDirectory();
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analysis.analyzer()))) {
				for (FaqEntry entry : entries) {
					writer.addDocument(document(entry));
					Set<String> asked = new HashSet<>();
					for (String text : askedTextsOf(entry)) {
						asked.addAll(analysis.terms(text));
					}
					Set<String> body = new HashSet<>(analysis.terms(entry.text()));
					this.askedTermsOfEntry.put(entry.id(), asked);
					this.bodyTermsOfEntry.put(entry.id(), body);
					Set<String> all = new HashSet<>(asked);
					all.addAll(body);
					all.forEach((term) -> this.entriesWithTerm.merge(term, 1, Integer::sum));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			try {
				this.searcher = new IndexSearcher(DirectoryReader.open(directory));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private static List<String> askedTextsOf(FaqEntry entry) {
			List<String> texts = new ArrayList<>(entry.questions());
			texts.addAll(entry.keywords());
			texts.add(entry.title());
			return texts;
		}

		private static Document document(FaqEntry entry) {
			Document document = new Document();
			// The id is matched exactly and shown to staff, never searched as words.
			document.add(new StringField(FaqFields.ID, entry.id(), Field.Store.YES));
			entry.questions().forEach((q) -> document.add(new TextField(FaqFields.QUESTIONS, q, Field.Store.NO)));
			entry.keywords().forEach((k) -> document.add(new TextField(FaqFields.KEYWORDS, k, Field.Store.NO)));
			document.add(new TextField(FaqFields.TITLE, entry.title(), Field.Store.NO));
			document.add(new TextField(FaqFields.BODY, entry.text(), Field.Store.NO));
			askedTextsOf(entry).forEach((t) -> document.add(new TextField(FaqFields.ALL, t, Field.Store.NO)));
			document.add(new TextField(FaqFields.ALL, entry.text(), Field.Store.NO));
			return document;
		}

		Optional<Match> search(String text) {
			try {
				List<String> terms = correctSpelling(this.analysis.terms(text));
				if (terms.isEmpty()) {
					return Optional.empty();
				}
				TopDocs top = this.searcher.search(query(terms), 2);
				if (top.scoreDocs.length == 0) {
					return Optional.empty();
				}
				ScoreDoc best = top.scoreDocs[0];
				String id = this.searcher.storedFields().document(best.doc).get(FaqFields.ID);
				double margin = (top.scoreDocs.length < 2) ? 1.0
						: (best.score - top.scoreDocs[1].score) / best.score;
				return Optional.of(new Match(id, best.score, coverage(terms, id), margin));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/** Each word may be found in any field, counted once at its best field's weight. */
		private Query query(List<String> terms) {
			BooleanQuery.Builder query = new BooleanQuery.Builder();
			for (String term : new HashSet<>(terms)) {
				List<Query> inFields = new ArrayList<>();
				FIELD_BOOSTS.forEach((field, boost) -> inFields
					.add(new BoostQuery(new TermQuery(new Term(field, term)), boost)));
				query.add(new DisjunctionMaxQuery(inFields, 0.1f), Occur.SHOULD);
			}
			return query.build();
		}

		/**
		 * Replaces each word the FAQ does not know by the known word closest to it (one typo in a
		 * word of five letters or more, two from eight), so that {@code insurence} finds
		 * {@code insurance}. Short words are left alone: too many of them are one letter apart.
		 */
		private List<String> correctSpelling(List<String> terms) throws IOException {
			Terms vocabulary = MultiTerms.getTerms(this.searcher.getIndexReader(), FaqFields.ALL);
			List<String> corrected = new ArrayList<>(terms.size());
			for (String term : terms) {
				if (vocabulary == null || this.entriesWithTerm.containsKey(term) || term.length() < 5) {
					corrected.add(term);
					continue;
				}
				corrected.add(closestKnown(vocabulary, term).orElse(term));
			}
			return corrected;
		}

		private Optional<String> closestKnown(Terms vocabulary, String term) throws IOException {
			int maxEdits = (term.length() >= 8) ? 2 : 1;
			// The first letter is rarely the mistyped one, and keeping it cuts the candidates.
			FuzzyTermsEnum candidates = new FuzzyTermsEnum(vocabulary, new Term(FaqFields.ALL, term), maxEdits, 1, true);
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

		/**
		 * The share of the message's information that the entry holds, rare words weighing more. A word
		 * of the entry's questions, keywords or title counts fully; a word only its answer mentions counts
		 * half, since answers mention much they are not about.
		 */
		private double coverage(List<String> terms, String entryId) {
			Set<String> asked = this.askedTermsOfEntry.get(entryId);
			Set<String> body = this.bodyTermsOfEntry.get(entryId);
			double total = 0;
			double found = 0;
			int entries = this.askedTermsOfEntry.size();
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

	}

}
