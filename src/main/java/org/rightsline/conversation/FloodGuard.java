package org.rightsline.conversation;

import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.rightsline.delivery.Channel;

import org.springframework.stereotype.Component;

/**
 * Counts each sender's messages in a window (in memory, per instance). Past the limit the
 * sender gets one polite slow-down message, then nothing until the window ends; every
 * other sender is answered as usual. Messages are still recorded for staff: a flood is
 * slowed, not lost.
 */
@Component
class FloodGuard {

	enum Verdict {

		ANSWER, SLOW_DOWN, SILENT

	}

	private final int limit;

	private final Cache<String, AtomicInteger> windows;

	FloodGuard(ConversationProperties properties) {
		this.limit = properties.flood().maxMessages();
		// A window opens with a sender's first message and closes a fixed time later.
		this.windows = Caffeine.newBuilder()
			.expireAfterWrite(properties.flood().window())
			.maximumSize(properties.flood().maxSenders())
			.build();
	}

	Verdict check(Channel channel, String sender) {
		int count = this.windows.get(channel + ":" + sender, (key) -> new AtomicInteger()).incrementAndGet();
		if (count <= this.limit) {
			return Verdict.ANSWER;
		}
		return (count == this.limit + 1) ? Verdict.SLOW_DOWN : Verdict.SILENT;
	}

}
