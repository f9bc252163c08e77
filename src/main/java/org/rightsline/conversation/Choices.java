package org.rightsline.conversation;

import java.util.List;

import org.rightsline.content.FaqContent;
import org.rightsline.content.Language;
import org.rightsline.content.Topic;
import org.rightsline.delivery.Choice;

/**
 * The buttons the bot offers: languages, the topics of the menu, the entries of a topic.
 */
final class Choices {

	static final String LANGUAGE = "lang";

	static final String TOPIC = "topic";

	static final String ENTRY = "entry";

	private Choices() {
	}

	static List<Choice> languages() {
		return List.of(new Choice(LANGUAGE + ":en", "English"), new Choice(LANGUAGE + ":fr", "Français"),
				new Choice(LANGUAGE + ":es", "Español"));
	}

	static List<Choice> topics(FaqContent content, Language language) {
		return content.topics()
			.stream()
			.map((topic) -> new Choice(TOPIC + ":" + topic.id(), topic.title(language)))
			.toList();
	}

	static List<Choice> entries(FaqContent content, Topic topic, Language language) {
		return topic.entryIds()
			.stream()
			.flatMap((id) -> content.entry(id, language).stream())
			.map((entry) -> new Choice(ENTRY + ":" + entry.id(), entry.title()))
			.toList();
	}

}
