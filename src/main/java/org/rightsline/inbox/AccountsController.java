package org.rightsline.inbox;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Account management, for admins only (the security configuration says so). New accounts
 * and reset passwords get a random password, shown once to the admin to hand over; none
 * is ever chosen by default.
 */
@Controller
class AccountsController {

	private final StaffAccounts accounts;

	private final MessageSource messages;

	AccountsController(StaffAccounts accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/inbox/accounts")
	String showAccounts(Model model) {
		model.addAttribute("accounts", this.accounts.all());
		model.addAttribute("now", java.time.Instant.now());
		return "inbox/accounts";
	}

	@PostMapping("/inbox/accounts")
	String createAccount(@RequestParam String username, @RequestParam String displayName,
			@RequestParam(required = false) String email, @RequestParam StaffRole role, RedirectAttributes redirect,
			Locale locale) {
		String password = StaffAccounts.randomPassword();
		try {
			this.accounts.create(username, displayName, email, password, role);
			redirect.addFlashAttribute("flash",
					this.messages.getMessage("inbox.accounts.created", new Object[] { username, password }, locale));
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/inbox/accounts";
	}

	@PostMapping("/inbox/accounts/{id}/enabled")
	String setEnabled(@PathVariable String id, @RequestParam boolean enabled, @AuthenticationPrincipal StaffUser me) {
		// An admin cannot lock themself out by mistake.
		if (!id.equals(me.id())) {
			this.accounts.setEnabled(id, enabled);
		}
		return "redirect:/inbox/accounts";
	}

	@PostMapping("/inbox/accounts/{id}/password")
	String resetPassword(@PathVariable String id, @RequestParam String username, RedirectAttributes redirect,
			Locale locale) {
		String password = this.accounts.resetPassword(id);
		redirect.addFlashAttribute("flash",
				this.messages.getMessage("inbox.accounts.password", new Object[] { username, password }, locale));
		return "redirect:/inbox/accounts";
	}

}
