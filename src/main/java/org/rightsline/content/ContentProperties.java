package org.rightsline.content;

import java.nio.file.Path;
import java.time.Period;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the FAQ lives and the rules each entry must meet.
 *
 * @param directory the content folder ({@code content/} of the repository)
 * @param smsSegments how many SMS segments the text sent by SMS may take
 * @param maxAge how long after its {@code reviewed} date an entry counts as stale
 * @param staleEntries what to do with a stale entry: still serve it, or send its
 * questions to staff
 * @param officialDomains the sites an entry may cite (a subdomain counts as its domain)
 */
@ConfigurationProperties("rightsline.content")
@Validated
public record ContentProperties(@DefaultValue("content") @NotNull Path directory,
		@DefaultValue("4") @Min(1) int smsSegments, @DefaultValue("P12M") @NotNull Period maxAge,
		@DefaultValue("SERVE") @NotNull StalePolicy staleEntries, @NotEmpty List<String> officialDomains) {

	public enum StalePolicy {

		/** Keep answering from the entry; the start-up log lists it for review. */
		SERVE,
		/** Send every question the entry would answer to staff until it is reviewed. */
		ESCALATE

	}

}
