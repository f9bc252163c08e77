package org.rightsline.channel.telegram;

import java.net.URI;

import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The TelegramBots client, pointed at the configured Bot API, with time-outs. */
@Configuration(proxyBeanMethods = false)
class TelegramClientConfiguration {

	@Bean
	TelegramClient telegramClient(TelegramProperties properties) {
		URI api = properties.apiBaseUrl();
		int port = (api.getPort() != -1) ? api.getPort() : ("https".equals(api.getScheme()) ? 443 : 80);
		// OkHttp would otherwise wait up to its defaults on a stalled API; the outbox
		// retries instead.
		OkHttpClient http = new OkHttpClient.Builder().connectTimeout(properties.apiTimeout())
			.readTimeout(properties.apiTimeout())
			.writeTimeout(properties.apiTimeout())
			.callTimeout(properties.apiTimeout().multipliedBy(2))
			.build();
		String token = properties.configured() ? properties.botToken() : "not-configured";
		return new OkHttpTelegramClient(http, token, new TelegramUrl(api.getScheme(), api.getHost(), port, false));
	}

}
