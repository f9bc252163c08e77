package org.rightsline.content;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A page an entry relies on, as its {@code sources} list gives it: one address for every
 * reader, or the same page in several languages ({@code en:}, {@code fr:}, {@code es:}),
 * so that each reader is sent to the page in their own; secondary when it is not a
 * government page (a legal-aid clinic of another province, say).
 *
 * @param page the address for a language the source gives no version in: the first
 * version listed
 * @param versions the page in each language the source names; empty for one address
 * @param secondary whether the page is not an official one
 */
public record Source(URI page, Map<Language, URI> versions, boolean secondary) {

	public Source {
		versions = Map.copyOf(versions);
	}

	/** The address a reader of this language is sent to. */
	public URI in(Language language) {
		return this.versions.getOrDefault(language, this.page);
	}

	/**
	 * The versions a reader of this language must not be sent to, because the source
	 * gives the page in their own language.
	 */
	public List<URI> notFor(Language language) {
		List<URI> others = new ArrayList<>();
		if (this.versions.containsKey(language)) {
			this.versions.forEach((other, uri) -> {
				if (other != language) {
					others.add(uri);
				}
			});
		}
		return others;
	}

}
