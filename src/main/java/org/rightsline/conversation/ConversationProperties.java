package org.rightsline.conversation;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.rightsline.content.Language;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How conversations behave.
 *
 * @param defaultLanguage the language of a new conversation whose first message is too
 * short to tell
 * @param officeHours when staff answer, to tell an escalated person when to expect a
 * reply
 * @param flood how many messages a sender may send in a window before being slowed down
 */
@ConfigurationProperties("rightsline.conversation")
@Validated
public record ConversationProperties(@DefaultValue("EN") @NotNull Language defaultLanguage,
		@DefaultValue @Valid OfficeHours officeHours, @DefaultValue @Valid Flood flood) {

	/** The days staff work, Monday to Friday unless set. */
	private static final String WEEKDAYS = "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY";

	/**
	 * @param zone the time zone of the office
	 * @param days the days staff work
	 * @param opens when staff start answering
	 * @param closes when staff stop answering
	 */
	public record OfficeHours(@DefaultValue("America/Montreal") @NotNull ZoneId zone,
			@DefaultValue(WEEKDAYS) @NotEmpty Set<DayOfWeek> days, @DefaultValue("09:00") @NotNull LocalTime opens,
			@DefaultValue("17:00") @NotNull LocalTime closes) {
	}

	/**
	 * @param maxMessages messages a sender may send in one window
	 * @param window how long a window lasts from a sender's first message
	 * @param maxSenders how many senders are counted at once (the oldest are forgotten
	 * first)
	 */
	public record Flood(@DefaultValue("10") @Min(1) int maxMessages, @DefaultValue("1m") @NotNull Duration window,
			@DefaultValue("100000") @Min(1) int maxSenders) {
	}

}
