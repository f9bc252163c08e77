/**
 * The try-it page: a web chat that talks to the conversation core as a claimant would,
 * for people running the service locally.
 */
package org.rightsline.channel.web;
