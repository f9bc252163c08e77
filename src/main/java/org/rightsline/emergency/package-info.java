/**
 * Emergency recognition, the service's safety component: the kinds of danger in three
 * languages, read from {@code emergency/concepts.txt}, and the detector every message
 * passes through first.
 */
package org.rightsline.emergency;
