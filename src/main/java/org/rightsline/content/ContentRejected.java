package org.rightsline.content;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when the content folder holds a broken file: nothing of it is loaded. */
public class ContentRejected extends RuntimeException {

	private final List<ContentProblem> problems;

	public ContentRejected(List<ContentProblem> problems) {
		super(problems.size() + " problem(s) in the FAQ content, nothing was loaded:\n"
				+ problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<ContentProblem> problems() {
		return this.problems;
	}

}
