package org.rightsline.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Properties;

/** The FAQ of {@code content/}, loaded with the rules the service is configured with. */
public final class ShippedContent {

	private ShippedContent() {
	}

	public static FaqContent load() {
		return FaqContent.load(rules(), LocalDate.now());
	}

	public static ContentProperties rules() {
		try (InputStream in = ShippedContent.class.getResourceAsStream("/application.properties")) {
			Properties properties = new Properties();
			properties.load(in);
			List<String> official = List.of(properties.getProperty("rightsline.content.official-domains").split(","));
			return new ContentProperties(Path.of("content"), 4, Period.ofMonths(12),
					ContentProperties.StalePolicy.SERVE, official);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
