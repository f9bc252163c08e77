package org.rightsline.system;

import java.util.Arrays;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The commands of {@code java -jar target/rightsline.jar COMMAND ...}. Each runs in an
 * application context without a web server, does its job and returns an exit code.
 */
public final class CommandLine {

	/** A command: a bean that takes the arguments after the command word. */
	public interface Command {

		int run(String... args) throws Exception;

	}

	/**
	 * The command words (each the name of the bean that runs it) and the settings each
	 * needs. Neither touches the real store: each runs on an empty in-memory one, so a
	 * running service's database is never locked or written by a command.
	 */
	private static final Map<String, Map<String, Object>> COMMANDS = Map.of("eval", isolated("eval"), "telegram",
			isolated("telegram"), "user", quiet());

	private CommandLine() {
	}

	/** A command on an empty in-memory store of its own. */
	private static Map<String, Object> isolated(String name) {
		Map<String, Object> settings = new java.util.HashMap<>(quiet());
		settings.put("spring.datasource.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
		return settings;
	}

	/**
	 * A command on the configured store (the {@code user} command writes accounts there).
	 */
	private static Map<String, Object> quiet() {
		return Map.of("logging.level.root", "WARN", "logging.level.org.rightsline", "WARN",
				"logging.level.org.flywaydb", "ERROR", "rightsline.inbox.bootstrap-admin", "false");
	}

	public static boolean isCommand(String[] args) {
		return args.length > 0 && COMMANDS.containsKey(args[0]);
	}

	public static int run(Class<?> application, String[] args) {
		SpringApplication app = new SpringApplication(application);
		app.setWebApplicationType(WebApplicationType.NONE);
		// As command-line arguments, the command's settings win over profiles and the
		// environment: an
		// evaluation never writes into a production database, whatever
		// SPRING_PROFILES_ACTIVE says.
		String[] settings = COMMANDS.get(args[0])
			.entrySet()
			.stream()
			.map((setting) -> "--" + setting.getKey() + "=" + setting.getValue())
			.toArray(String[]::new);
		app.setLogStartupInfo(false);
		app.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
		try (ConfigurableApplicationContext context = app.run(settings)) {
			Command command = context.getBean(args[0], Command.class);
			return command.run(Arrays.copyOfRange(args, 1, args.length));
		}
		catch (Exception ex) {
			System.err.println(args[0] + ": " + ex.getMessage());
			return 1;
		}
	}

}
