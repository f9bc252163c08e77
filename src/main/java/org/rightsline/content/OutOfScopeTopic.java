package org.rightsline.content;

import java.util.List;

/**
 * A subject people ask about that the FAQ does not answer (a work permit, housing, small
 * talk), with the ways they ask it, from {@code content/out-of-scope/<lang>.txt}. A
 * message closer to one of these than to any entry goes to staff rather than getting a
 * near-miss answer.
 */
public record OutOfScopeTopic(String name, Language language, List<String> questions) {
}
