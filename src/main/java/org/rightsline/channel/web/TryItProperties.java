package org.rightsline.channel.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled whether {@code /try} is served: on for local use, off in the
 * {@code prod} profile, where it would let anyone reach the bot and staff without a phone
 */
@ConfigurationProperties("rightsline.try-it")
public record TryItProperties(@DefaultValue("true") boolean enabled) {
}
