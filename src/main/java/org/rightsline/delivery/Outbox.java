package org.rightsline.delivery;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues outgoing messages. A message is written in the caller's transaction, with the
 * state that caused it, so that either both are stored or neither; the worker is woken
 * once that commits.
 */
@Service
public class Outbox {

	private final OutboxRepository messages;

	private final DeliveryWorker worker;

	private final Clock clock;

	Outbox(OutboxRepository messages, DeliveryWorker worker, Clock clock) {
		this.messages = messages;
		this.worker = worker;
		this.clock = clock;
	}

	/** Stores a message to send; it leaves when the current transaction commits. */
	@Transactional(propagation = Propagation.MANDATORY)
	public long queue(String conversationId, Channel channel, String recipient, String body) {
		return queue(conversationId, channel, recipient, body, List.of());
	}

	/** Stores a message to send with options to offer as buttons. */
	@Transactional(propagation = Propagation.MANDATORY)
	public long queue(String conversationId, Channel channel, String recipient, String body, List<Choice> choices) {
		long id = this.messages.insert(conversationId, channel, recipient, body, choices, this.clock.instant());
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				Outbox.this.worker.nudge();
			}
		});
		return id;
	}

}
