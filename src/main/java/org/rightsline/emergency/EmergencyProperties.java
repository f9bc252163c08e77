package org.rightsline.emergency;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How sure the learned reader must be. The first two were chosen on round 5 of
 * {@code eval/emergency.tsv} while it was still unseen by both readers and checked on
 * round 6 the same way; the third was chosen on round 7 the same way (all three rounds
 * are tuning data now). {@code eval eval/emergency.tsv --split measure} measures a
 * change.
 *
 * @param flagAt the probability from which the learned reader alone flags a message that
 * no concept recognises (of three words or more)
 * @param doubtBelow the probability under which a concept's {@code danger} match stands
 * down: the learned reader has seen many messages like it that were not emergencies
 * @param plainDoubtBelow the probability under which even a plain ({@code always},
 * {@code alone}) match stands down, in a message of eight words or more
 */
@ConfigurationProperties("rightsline.emergency")
@Validated
public record EmergencyProperties(@DefaultValue("0.6") @DecimalMin("0") @DecimalMax("1") double flagAt,
		@DefaultValue("0.4") @DecimalMin("0") @DecimalMax("1") double doubtBelow,
		@DefaultValue("0.1") @DecimalMin("0") @DecimalMax("1") double plainDoubtBelow) {

}
