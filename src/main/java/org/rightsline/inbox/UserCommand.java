package org.rightsline.inbox;

import org.rightsline.system.CommandLine;

import org.springframework.stereotype.Component;

/**
 * {@code user add USERNAME [--admin] [--email ADDRESS] [--name "Display Name"]}: creates
 * an inbox account in the configured database and prints its random password once. On the
 * embedded default, stop the service first (its H2 file allows one process at a time).
 */
@Component("user")
class UserCommand implements CommandLine.Command {

	private final StaffAccounts accounts;

	UserCommand(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public int run(String... args) {
		if (args.length < 2 || !args[0].equals("add")) {
			System.err.println("usage: user add USERNAME [--admin] [--email ADDRESS] [--name \"Display Name\"]");
			return 2;
		}
		String username = args[1];
		StaffRole role = StaffRole.STAFF;
		String email = null;
		String name = username;
		for (int i = 2; i < args.length; i++) {
			switch (args[i]) {
				case "--admin" -> role = StaffRole.ADMIN;
				case "--email" -> email = (i + 1 < args.length) ? args[++i] : null;
				case "--name" -> name = (i + 1 < args.length) ? args[++i] : username;
				default -> {
					System.err.println("unknown option " + args[i]);
					return 2;
				}
			}
		}
		String password = StaffAccounts.randomPassword();
		try {
			this.accounts.create(username, name, email, password, role);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			return 1;
		}
		System.out.println("Created " + role + " account '" + username + "'. Password (shown once): " + password);
		return 0;
	}

}
