package org.rightsline.content;

import java.util.List;
import java.util.Map;

/** A group of entries shown together in the menu, with its title in each language. */
public record Topic(String id, Map<Language, String> titles, List<String> entryIds) {

	public String title(Language language) {
		return this.titles.get(language);
	}

}
