package org.rightsline.conversation;

import java.util.List;
import java.util.Map;

import org.rightsline.system.ContactCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Encrypts the contacts stored in clear before encryption at rest came in, once, at
 * start-up.
 */
@Component
class ContactBackfill {

	private static final Logger log = LoggerFactory.getLogger(ContactBackfill.class);

	private final JdbcClient jdbc;

	private final ContactCipher contacts;

	ContactBackfill(JdbcClient jdbc, ContactCipher contacts) {
		this.jdbc = jdbc;
		this.contacts = contacts;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	void encryptOldContacts() {
		List<Map<String, Object>> clear = this.jdbc
			.sql("select id, contact from conversation where contact_hash is null")
			.query()
			.listOfRows();
		for (Map<String, Object> row : clear) {
			String contact = String.valueOf(row.get("contact"));
			this.jdbc.sql("update conversation set contact = ?, contact_hash = ?, contact_hint = ? where id = ?")
				.params(this.contacts.encrypt(contact), this.contacts.lookup(contact), ContactCipher.hint(contact),
						row.get("id"))
				.update();
		}
		List<Map<String, Object>> queued = this.jdbc.sql(
				"select id, recipient from outbound_message where recipient not like 'enc:%' and recipient <> 'erased'")
			.query()
			.listOfRows();
		for (Map<String, Object> row : queued) {
			this.jdbc.sql("update outbound_message set recipient = ? where id = ?")
				.params(this.contacts.encrypt(String.valueOf(row.get("recipient"))), row.get("id"))
				.update();
		}
		if (!clear.isEmpty() || !queued.isEmpty()) {
			log.info("Encrypted {} contact(s) and {} recipient(s) stored before encryption at rest", clear.size(),
					queued.size());
		}
	}

}
