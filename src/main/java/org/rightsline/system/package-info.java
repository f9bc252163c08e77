/**
 * What every feature leans on: the command line, the clock, error pages and log
 * redaction.
 */
package org.rightsline.system;
