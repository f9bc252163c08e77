package org.rightsline.emergency;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How sure the learned reader must be. Both were chosen on round 5 of
 * {@code eval/emergency.tsv} while it was still unseen by both readers, and checked on
 * round 6 the same way (both are tuning data now); {@code eval eval/emergency.tsv --split
 * measure} measures a change.
 *
 * @param flagAt the probability from which the learned reader alone flags a message that
 * no concept recognises
 * @param doubtBelow the probability under which a concept's {@code danger} match stands
 * down (never an {@code always} or {@code alone} one): the learned reader has seen many
 * messages like it that were not emergencies
 */
@ConfigurationProperties("rightsline.emergency")
@Validated
public record EmergencyProperties(@DefaultValue("0.6") @DecimalMin("0") @DecimalMax("1") double flagAt,
		@DefaultValue("0.4") @DecimalMin("0") @DecimalMax("1") double doubtBelow) {

}
