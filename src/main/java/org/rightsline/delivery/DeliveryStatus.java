package org.rightsline.delivery;

/** Where an outgoing message is on its way to the person. */
public enum DeliveryStatus {

	/** Stored, waiting for the worker (or for its next attempt). */
	QUEUED,
	/** Accepted by the provider. */
	SENT,
	/** The provider reports it reached the person's phone or app. */
	DELIVERED,
	/** It cannot be delivered: the reason is kept for staff. */
	FAILED

}
