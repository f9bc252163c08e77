package org.rightsline.answer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import org.rightsline.content.ContentProperties;
import org.rightsline.content.FaqContent;
import org.rightsline.content.FaqEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The FAQ being served: the checked content and its index, always swapped together.
 * Start-up fails when the content is broken; a later reload that fails leaves the served
 * FAQ as it was.
 */
@Component
public class FaqLibrary {

	private static final Logger log = LoggerFactory.getLogger(FaqLibrary.class);

	/** The content and the index built from it, never one without the other. */
	public record Snapshot(FaqContent content, FaqIndex index, Instant loadedAt) {
	}

	private final ContentProperties properties;

	private final Clock clock;

	private final AtomicReference<Snapshot> current = new AtomicReference<>();

	public FaqLibrary(ContentProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		reload();
	}

	public Snapshot current() {
		return this.current.get();
	}

	public FaqContent content() {
		return this.current.get().content();
	}

	/**
	 * Reads the content folder again and swaps the served FAQ in one step: a question
	 * being answered meanwhile keeps the snapshot it started with.
	 * @throws org.rightsline.content.ContentRejected when a file is broken; the old FAQ
	 * stays
	 */
	public Snapshot reload() {
		FaqContent content = FaqContent.load(this.properties, LocalDate.now(this.clock));
		Snapshot snapshot = new Snapshot(content, new FaqIndex(content), this.clock.instant());
		this.current.set(snapshot);
		log.info("FAQ loaded: {} entries in {} topics", content.entries().size(), content.topics().size());
		for (FaqEntry entry : content.stale()) {
			log.warn("FAQ entry {} ({}) was last reviewed on {}: {}", entry.id(), entry.language().code(),
					entry.reviewed(), (this.properties.staleEntries() == ContentProperties.StalePolicy.SERVE)
							? "still served, please review it" : "its questions go to staff until it is reviewed");
		}
		return snapshot;
	}

}
