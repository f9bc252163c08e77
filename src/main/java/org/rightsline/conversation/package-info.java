/**
 * One conversation per person and channel: takes an inbound message from any channel,
 * records it once, and decides between an FAQ answer, a keyword reply, an escalation to
 * staff and an emergency response.
 */
package org.rightsline.conversation;
