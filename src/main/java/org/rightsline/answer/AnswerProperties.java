package org.rightsline.answer;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How sure the answering core must be.
 *
 * @param threshold the confidence ({@link Match#confidence()}) below which a message goes to staff.
 * Raising it sends more to staff and gives fewer wrong answers; the evaluation command shows both.
 * @param languageMargin how far ahead of the next language (in Lingua's relative confidence) a guess must be
 * to count; below it the conversation keeps its language
 */
@ConfigurationProperties("rightsline.answer")
@Validated
public record AnswerProperties(@DefaultValue("0.5") @DecimalMin("0") @DecimalMax("1") double threshold,
		@DefaultValue("0.08") @DecimalMin("0") @DecimalMax("1") double languageMargin) {
}
