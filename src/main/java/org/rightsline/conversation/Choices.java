package org.rightsline.conversation;

import java.util.ArrayList;
import java.util.List;

import org.rightsline.content.FaqContent;
import org.rightsline.content.FaqEntry;
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

	/** A request for a person, offered with a clarifying question. */
	static final String PERSON = "person";

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

	/** The entries a clarifying question offers, numbered as its text, then a person. */
	static List<Choice> clarification(List<FaqEntry> options, String personLabel) {
		List<Choice> choices = new ArrayList<>();
		for (int i = 0; i < options.size(); i++) {
			choices.add(new Choice(ENTRY + ":" + options.get(i).id(), (i + 1) + ". " + options.get(i).title()));
		}
		choices.add(new Choice(PERSON + ":", personLabel));
		return choices;
	}

	static List<Choice> entries(FaqContent content, Topic topic, Language language) {
		return topic.entryIds()
			.stream()
			.flatMap((id) -> content.entry(id, language).stream())
			.map((entry) -> new Choice(ENTRY + ":" + entry.id(), entry.title()))
			.toList();
	}

}
