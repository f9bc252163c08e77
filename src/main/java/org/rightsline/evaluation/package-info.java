/**
 * The evaluation command: runs a file of labelled questions through the real decision
 * path and reports accuracy, wrong answers and recall of escalations and emergencies.
 */
package org.rightsline.evaluation;
