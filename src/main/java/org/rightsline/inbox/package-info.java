/**
 * The staff inbox: staff accounts and login, the escalated threads, a caseworker's reply,
 * notes, e-mail notice of new escalations, and the dashboard. Server-rendered with
 * Thymeleaf and htmx.
 */
package org.rightsline.inbox;
