/**
 * The Telegram bot in webhook mode: the secret-token check, the translation of updates
 * (text, commands, button presses) into messages for the conversation core, and the
 * sender the outbox uses.
 */
package org.rightsline.channel.telegram;
