/**
 * SMS and WhatsApp through Twilio (one protocol): the signed webhook, its TwiML answer,
 * delivery reports, and the sender the outbox uses for staff replies.
 */
package org.rightsline.channel.twilio;
