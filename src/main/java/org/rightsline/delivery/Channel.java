package org.rightsline.delivery;

/**
 * Where a conversation happens; a reply always goes back on the channel the person used.
 */
public enum Channel {

	SMS, WHATSAPP, TELEGRAM, WEB

}
