package org.rightsline.inbox;

import java.util.List;
import java.util.Locale;

import org.rightsline.answer.FaqLibrary;
import org.rightsline.content.FaqEntry;
import org.rightsline.content.Language;
import org.rightsline.conversation.ClaimantUnreachable;
import org.rightsline.conversation.ConversationNotFound;
import org.rightsline.conversation.IllegalConversationChange;
import org.rightsline.conversation.StaffDesk;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The caseworker's pages: the thread list, a thread, and the actions on it. Every action
 * is a form post answered with a redirect and a flash message (Post/Redirect/Get), so a
 * reload never sends a reply twice.
 */
@Controller
class InboxController {

	private final InboxQueries queries;

	private final StaffDesk desk;

	private final FaqLibrary library;

	private final InboxProperties properties;

	private final MessageSource messages;

	InboxController(InboxQueries queries, StaffDesk desk, FaqLibrary library, InboxProperties properties,
			MessageSource messages) {
		this.queries = queries;
		this.desk = desk;
		this.library = library;
		this.properties = properties;
		this.messages = messages;
	}

	@GetMapping("/inbox/login")
	String showLogin() {
		return "inbox/login";
	}

	@GetMapping("/inbox")
	String showInbox(ThreadFilter filter, @AuthenticationPrincipal StaffUser me, Model model) {
		listInto(model, filter, me);
		model.addAttribute("refreshSeconds", this.properties.refreshEvery().toSeconds());
		return "inbox/list";
	}

	/** The list alone, which the open page fetches again every few seconds. */
	@GetMapping("/inbox/threads")
	String showThreadList(ThreadFilter filter, @AuthenticationPrincipal StaffUser me, Model model) {
		listInto(model, filter, me);
		return "inbox/list :: threads";
	}

	@GetMapping("/inbox/threads/{id}")
	String showThread(@PathVariable String id, Model model) {
		ThreadSummary thread = this.queries.thread(id).orElseThrow(() -> new ConversationNotFound(id));
		Language language = Language.fromCode(thread.language().toLowerCase(Locale.ROOT)).orElse(Language.EN);
		List<CannedReply> canned = this.library.content()
			.entries(language)
			.stream()
			.map((entry) -> new CannedReply(entry.id(), entry.title(), cannedText(entry, thread.channel())))
			.toList();
		model.addAttribute("thread", thread);
		model.addAttribute("messages", this.queries.messages(id));
		model.addAttribute("canned", canned);
		model.addAttribute("maxReply", StaffDesk.MAX_REPLY);
		return "inbox/thread";
	}

	@PostMapping("/inbox/threads/{id}/reply")
	String sendReply(@PathVariable String id, @RequestParam String text, @AuthenticationPrincipal StaffUser me,
			RedirectAttributes redirect, Locale locale) {
		this.desk.reply(id, me.id(), text);
		return back(id, redirect, "inbox.flash.queued", locale);
	}

	@PostMapping("/inbox/threads/{id}/note")
	String addNote(@PathVariable String id, @RequestParam String text, @AuthenticationPrincipal StaffUser me,
			RedirectAttributes redirect, Locale locale) {
		this.desk.note(id, me.id(), text);
		return back(id, redirect, "inbox.flash.noted", locale);
	}

	@PostMapping("/inbox/threads/{id}/take")
	String takeThread(@PathVariable String id, @AuthenticationPrincipal StaffUser me, RedirectAttributes redirect,
			Locale locale) {
		this.desk.take(id, me.id());
		return back(id, redirect, "inbox.flash.taken", locale);
	}

	@PostMapping("/inbox/threads/{id}/resolve")
	String resolveThread(@PathVariable String id, RedirectAttributes redirect, Locale locale) {
		this.desk.resolve(id);
		return back(id, redirect, "inbox.flash.resolved", locale);
	}

	@PostMapping("/inbox/threads/{id}/reopen")
	String reopenThread(@PathVariable String id, RedirectAttributes redirect, Locale locale) {
		this.desk.reopen(id);
		return back(id, redirect, "inbox.flash.reopened", locale);
	}

	@ExceptionHandler(ConversationNotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "inbox/not-found";
	}

	/**
	 * A reply that cannot go out, or an action the thread's state refuses: said on the
	 * thread page.
	 */
	@ExceptionHandler({ ClaimantUnreachable.class, IllegalConversationChange.class })
	String refused(RuntimeException ex, jakarta.servlet.http.HttpServletRequest request, RedirectAttributes redirect,
			Locale locale) {
		String id = request.getRequestURI().replaceAll(".*/threads/([^/]+)/.*", "$1");
		String key = (ex instanceof ClaimantUnreachable unreachable)
				? (unreachable.optedOut() ? "inbox.error.opted-out" : "inbox.error.unreachable")
				: "inbox.error.not-allowed";
		redirect.addFlashAttribute("error", this.messages.getMessage(key, null, locale));
		return "redirect:/inbox/threads/" + id;
	}

	private void listInto(Model model, ThreadFilter filter, StaffUser me) {
		model.addAttribute("filter", filter);
		InboxQueries.ThreadPage page = this.queries.threads(filter, me.id());
		model.addAttribute("threads", page.threads());
		model.addAttribute("page", page);
		model.addAttribute("counts", this.queries.counts());
	}

	private String back(String id, RedirectAttributes redirect, String key, Locale locale) {
		redirect.addFlashAttribute("flash", this.messages.getMessage(key, null, locale));
		return "redirect:/inbox/threads/" + id;
	}

	/**
	 * An FAQ answer as a starting point for a reply: the SMS text for SMS, the whole
	 * answer elsewhere.
	 */
	private static String cannedText(FaqEntry entry, String channel) {
		return "SMS".equals(channel) ? entry.sms() : entry.text();
	}

	record CannedReply(String id, String title, String text) {
	}

}
