package org.rightsline.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What the service accepts from the outside (environment variables in brackets).
 *
 * @param maxBodySize the largest request body read, on every path
 * (WEBHOOK_MAX_BODY_SIZE): an SMS is at most 1,600 characters, a Telegram update a few
 * kilobytes, an inbox form less still
 */
@ConfigurationProperties("rightsline.webhooks")
public record WebhookProperties(@DefaultValue("64KB") DataSize maxBodySize) {
}
