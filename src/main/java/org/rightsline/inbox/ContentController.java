package org.rightsline.inbox;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.rightsline.answer.ContentReloads;
import org.rightsline.answer.FaqLibrary;
import org.rightsline.content.ContentRejected;
import org.rightsline.content.FaqContent;
import org.rightsline.content.FaqEntry;
import org.rightsline.content.Language;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The FAQ being served, for admins: what is loaded, which entries are due for review,
 * every file by review date (oldest first, with its sources as links, so that whoever
 * keeps the content sees what to check next), and a reload after the content folder was
 * edited, without restarting the service.
 */
@Controller
class ContentController {

	private final FaqLibrary library;

	private final ContentReloads reloads;

	private final StaffAccounts accounts;

	private final MessageSource messages;

	ContentController(FaqLibrary library, ContentReloads reloads, StaffAccounts accounts, MessageSource messages) {
		this.library = library;
		this.reloads = reloads;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/inbox/content")
	String showContent(Model model) {
		FaqLibrary.Snapshot snapshot = this.library.current();
		FaqContent content = snapshot.content();
		List<LanguageCount> languages = Arrays.stream(Language.values())
			.map((language) -> new LanguageCount(language.code().toUpperCase(Locale.ROOT),
					content.entries(language).size()))
			.toList();
		model.addAttribute("loadedAt", snapshot.loadedAt());
		model.addAttribute("entryCount", content.entries().size());
		model.addAttribute("topicCount", content.topics().size());
		model.addAttribute("languages", languages);
		model.addAttribute("stale", content.stale());
		model.addAttribute("reviews",
				content.entries()
					.stream()
					.sorted(Comparator.comparing(FaqEntry::reviewed)
						.thenComparing(FaqEntry::id)
						.thenComparing(FaqEntry::language))
					.toList());
		this.reloads.latest().ifPresent((last) -> {
			model.addAttribute("lastReloadAt", last.requestedAt());
			model.addAttribute("lastReloadBy",
					this.accounts.all()
						.stream()
						.filter((account) -> account.id().equals(last.staffId()))
						.map(StaffAccount::displayName)
						.findFirst()
						.orElse("?"));
		});
		return "inbox/content";
	}

	@PostMapping("/inbox/content/reload")
	String reload(@AuthenticationPrincipal StaffUser me, RedirectAttributes redirect, Locale locale) {
		try {
			FaqLibrary.Snapshot snapshot = this.reloads.reloadEverywhere(me.id());
			redirect.addFlashAttribute("flash", this.messages.getMessage("inbox.content.reloaded",
					new Object[] { snapshot.content().entries().size() }, locale));
		}
		catch (ContentRejected ex) {
			redirect.addFlashAttribute("error", this.messages.getMessage("inbox.content.rejected", null, locale));
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/inbox/content";
	}

	record LanguageCount(String code, int entries) {
	}

}
