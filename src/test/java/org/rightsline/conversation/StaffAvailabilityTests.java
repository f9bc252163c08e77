package org.rightsline.conversation;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.rightsline.content.Language;
import org.rightsline.conversation.ConversationProperties.OfficeHours;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class StaffAvailabilityTests {

	private static final ZoneId MONTREAL = ZoneId.of("America/Montreal");

	private final StaffAvailability staff = new StaffAvailability(new ConversationProperties(Language.EN,
			new OfficeHours(MONTREAL, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
					LocalTime.of(17, 0)),
			new ConversationProperties.Flood(10, java.time.Duration.ofMinutes(1), 1000)), messages());

	@Test
	void promisesAnAnswerTodayDuringOfficeHours() {
		// Wednesday 2026-11-25, 10:30 in Montreal.
		assertThat(this.staff.when(at(2026, 11, 25, 10, 30), Language.EN)).isEqualTo("today, before 5:00 PM");
		assertThat(this.staff.when(at(2026, 11, 25, 10, 30), Language.FR)).isEqualTo("aujourd'hui, avant 17:00");
	}

	@Test
	void promisesTomorrowMorningAtNight() {
		assertThat(this.staff.when(at(2026, 11, 25, 23, 10), Language.EN)).isEqualTo("tomorrow from 9:00 AM");
	}

	@Test
	void promisesMondayOnAWeekend() {
		// Saturday 2026-11-28.
		assertThat(this.staff.when(at(2026, 11, 28, 3, 0), Language.FR)).isEqualTo("lundi à partir de 09:00");
		assertThat(this.staff.when(at(2026, 11, 28, 3, 0), Language.ES)).isEqualTo("el lunes a partir de las 9:00");
	}

	private static java.time.Instant at(int year, int month, int day, int hour, int minute) {
		return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, MONTREAL).toInstant();
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
