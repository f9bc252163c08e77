package org.rightsline.conversation;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import jakarta.validation.Valid;
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
 */
@ConfigurationProperties("rightsline.conversation")
@Validated
public record ConversationProperties(@DefaultValue("EN") @NotNull Language defaultLanguage,
		@DefaultValue @Valid OfficeHours officeHours) {

	/**
	 * @param zone the time zone of the office
	 * @param days the days staff work
	 * @param opens when staff start answering
	 * @param closes when staff stop answering
	 */
	public record OfficeHours(@DefaultValue("America/Montreal") @NotNull ZoneId zone, @DefaultValue( {
			"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY" }) @NotEmpty Set<DayOfWeek> days,
			@DefaultValue("09:00") @NotNull LocalTime opens, @DefaultValue("17:00") @NotNull LocalTime closes){
	}

}
