package org.rightsline.inbox;

import java.time.ZoneId;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every inbox page shows: who is logged in, and the time zone the staff read times
 * in.
 */
@ControllerAdvice(assignableTypes = { InboxController.class, AccountsController.class, DashboardController.class,
		ContentController.class })
class InboxModel {

	private final InboxProperties properties;

	InboxModel(InboxProperties properties) {
		this.properties = properties;
	}

	@ModelAttribute("me")
	StaffUser me(@AuthenticationPrincipal StaffUser me) {
		return me;
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return this.properties.zone();
	}

}
