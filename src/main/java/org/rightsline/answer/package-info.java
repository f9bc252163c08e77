/**
 * Finds the FAQ entry that answers a message: a Lucene index per language over the
 * entries, a confidence below which the message goes to staff, and an emergency detector
 * that wins over all.
 */
package org.rightsline.answer;
