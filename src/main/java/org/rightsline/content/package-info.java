/**
 * Reads the FAQ entries of {@code content/*.md}, checks their ids, languages, sources and
 * SMS length, and refuses the whole set if one file is broken.
 */
package org.rightsline.content;
