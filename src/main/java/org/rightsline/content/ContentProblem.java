package org.rightsline.content;

import java.nio.file.Path;

/** A reason a content file cannot be served, with where to fix it. */
public record ContentProblem(Path file, int line, String message) {

	@Override
	public String toString() {
		return this.file + ":" + this.line + ": " + this.message;
	}

}
