package org.rightsline.conversation;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;

import org.rightsline.content.Language;
import org.rightsline.conversation.ConversationProperties.OfficeHours;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells a person handed to staff when they can expect an answer, from the configured
 * office hours.
 */
@Component
class StaffAvailability {

	private final OfficeHours hours;

	private final MessageSource messages;

	StaffAvailability(ConversationProperties properties, MessageSource messages) {
		this.hours = properties.officeHours();
		this.messages = messages;
	}

	/**
	 * "today, before 17:00" while the office is open, else "Monday at 9:00", in the
	 * person's language.
	 */
	String when(Instant now, Language language) {
		ZonedDateTime local = now.atZone(this.hours.zone());
		DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language.locale());
		if (isOpen(local)) {
			return this.messages.getMessage("staff.when.open", new Object[] { time.format(this.hours.closes()) },
					language.locale());
		}
		ZonedDateTime next = nextOpening(local);
		String day = next.toLocalDate().equals(local.toLocalDate().plusDays(1))
				? this.messages.getMessage("staff.when.tomorrow", null, language.locale())
				: next.getDayOfWeek().getDisplayName(TextStyle.FULL, language.locale());
		return this.messages.getMessage("staff.when.later", new Object[] { day, time.format(this.hours.opens()) },
				language.locale());
	}

	private boolean isOpen(ZonedDateTime local) {
		return this.hours.days().contains(local.getDayOfWeek()) && !local.toLocalTime().isBefore(this.hours.opens())
				&& local.toLocalTime().isBefore(this.hours.closes());
	}

	private ZonedDateTime nextOpening(ZonedDateTime local) {
		ZonedDateTime candidate = local.with(this.hours.opens());
		if (!candidate.isAfter(local) || !this.hours.days().contains(candidate.getDayOfWeek())) {
			candidate = candidate.plusDays(1);
			while (!this.hours.days().contains(candidate.getDayOfWeek())) {
				candidate = candidate.plusDays(1);
			}
		}
		return candidate;
	}

}
