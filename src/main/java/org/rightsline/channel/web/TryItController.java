package org.rightsline.channel.web;

import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.rightsline.conversation.InboundMessage;
import org.rightsline.conversation.Reply;
import org.rightsline.conversation.Triage;
import org.rightsline.delivery.Channel;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The try-it chat: each browser session is one claimant on the {@code web} channel,
 * talking to the same conversation core as SMS and Telegram.
 */
@Controller
@ConditionalOnBooleanProperty(name = "rightsline.try-it.enabled", matchIfMissing = true)
class TryItController {

	private static final String SENDER = "try-it-sender";

	private final Triage triage;

	TryItController(Triage triage) {
		this.triage = triage;
	}

	@GetMapping("/try")
	String showChat() {
		return "try/chat";
	}

	@PostMapping("/try/messages")
	@ResponseBody
	TryItReply sendMessage(@Valid @RequestBody TryItMessage message, HttpSession session) {
		String sender = (String) session.getAttribute(SENDER);
		if (sender == null) {
			sender = UUID.randomUUID().toString();
			session.setAttribute(SENDER, sender);
		}
		Reply reply = this.triage
			.handle(new InboundMessage(Channel.WEB, sender, UUID.randomUUID().toString(), message.text()));
		return new TryItReply(String.join("\n\n", reply.texts()), reply.outcome().name(), reply.entryId().orElse(null),
				reply.language().code());
	}

	record TryItMessage(@NotBlank @Size(max = 2000) String text) {
	}

	record TryItReply(String text, String outcome, String entryId, String language) {
	}

}
