package org.rightsline;

import org.rightsline.system.CommandLine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Boots Rightsline. With no arguments it runs the webhook service; with a command word
 * ({@code eval FILE}) it runs that command and exits, see {@link CommandLine}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RightslineApplication {

	public static void main(String[] args) {
		if (CommandLine.isCommand(args)) {
			System.exit(CommandLine.run(RightslineApplication.class, args));
		}
		SpringApplication.run(RightslineApplication.class, args);
	}

}
