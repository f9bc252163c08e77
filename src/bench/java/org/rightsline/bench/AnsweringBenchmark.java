package org.rightsline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rightsline.answer.AnswerDecider;
import org.rightsline.answer.AnswerProperties;
import org.rightsline.answer.FaqIndex;
import org.rightsline.answer.FaqLibrary;
import org.rightsline.answer.LanguageGuesser;
import org.rightsline.content.ContentProperties;
import org.rightsline.content.FaqContent;
import org.rightsline.content.Language;
import org.rightsline.content.ShippedContent;
import org.rightsline.emergency.EmergencyDetector;
import org.rightsline.emergency.EmergencyProperties;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * What answering one message costs, and how that grows with the FAQ: the service's own
 * answering core (language guess, emergency check, both readings of the index, the
 * decision) on the questions of {@code eval/dev.tsv}, as people text them, in turn. The
 * FAQ is the shipped one (scale 1, 25 entries in 3 languages) or 10 or 100 times its
 * size ({@link SyntheticContent}). Building the index is what a reload costs.
 * <p>
 * Run: {@code ./mvnw -q -DskipTests test-compile exec:exec@answering}
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AnsweringBenchmark {

	@Param({ "1", "10", "100" })
	int scale;

	private AnswerDecider decider;

	private LanguageGuesser languages;

	private EmergencyDetector emergencies;

	private FaqContent content;

	private List<String> questions;

	private int next;

	@Setup
	public void loadContent() throws IOException {
		ContentProperties shipped = ShippedContent.rules();
		Path folder = new SyntheticContent(shipped.directory()).write(this.scale);
		ContentProperties rules = new ContentProperties(folder, shipped.smsSegments(), Period.ofMonths(12),
				shipped.staleEntries(), shipped.officialDomains());
		AnswerProperties answering = new Binder(new MapConfigurationPropertySource(Map.of()))
			.bindOrCreate("rightsline.answer", AnswerProperties.class);
		FaqLibrary library = new FaqLibrary(rules, Clock.systemUTC());
		this.content = library.content();
		this.decider = new AnswerDecider(library, answering, rules);
		this.languages = new LanguageGuesser(answering);
		this.emergencies = new EmergencyDetector(new Binder(new MapConfigurationPropertySource(Map.of()))
			.bindOrCreate("rightsline.emergency", EmergencyProperties.class));
		this.questions = Files.readAllLines(Path.of("eval", "dev.tsv"))
			.stream()
			.filter((line) -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("lang\t"))
			.map((line) -> line.split("\t", 3)[2])
			.toList();
		int expected = FaqContent.load(shipped, LocalDate.now()).entries().size() * this.scale;
		if (this.content.entries().size() != expected) {
			throw new IllegalStateException("expected " + expected + " entries, loaded "
					+ this.content.entries().size() + " (load date " + LocalDate.now() + ")");
		}
	}

	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	public Object answersPerSecond() {
		return answerNext();
	}

	@Benchmark
	@BenchmarkMode(Mode.SampleTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public Object answerLatency() {
		return answerNext();
	}

	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	@Warmup(iterations = 2)
	@Measurement(iterations = 5)
	public FaqIndex buildIndex() {
		return new FaqIndex(this.content);
	}

	/** What a message goes through: the emergency check, then the FAQ. */
	private Object answerNext() {
		String text = this.questions.get(this.next++ % this.questions.size());
		Optional<String> danger = this.emergencies.kindOf(text);
		if (danger.isPresent()) {
			return danger.get();
		}
		Language language = this.languages.guess(text).orElse(Language.EN);
		return this.decider.decide(text, language, language);
	}

}
