package org.rightsline.conversation;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rightsline.content.Language;
import org.rightsline.delivery.Channel;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The conversation core as every channel uses it, on the real store. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TriageIntegrationTests {

	@Autowired
	Triage triage;

	@Autowired
	JdbcClient jdbc;

	private final String sender = "+1555" + UUID.randomUUID().toString().substring(0, 7);

	private Reply send(String text) {
		return this.triage.handle(new InboundMessage(Channel.SMS, this.sender, UUID.randomUUID().toString(), text));
	}

	@Test
	void processesARepeatedDeliveryOnce() {
		InboundMessage message = new InboundMessage(Channel.SMS, this.sender, "SM" + UUID.randomUUID(),
				"is insulin covered by ifhp");

		Reply first = this.triage.handle(message);
		Reply second = this.triage.handle(message);

		assertThat(first.duplicate()).isFalse();
		assertThat(second.duplicate()).isTrue();
		assertThat(second.text()).isEqualTo(first.text());
		assertThat(messagesOf(first.conversationId())).isEqualTo(2);
	}

	/** Two entries are close for this one: the FAQ's questions name both. */
	private static final String AMBIGUOUS = "mon papier pfsi est expiré depuis 2 semaines, je fais quoi";

	@Test
	void asksWhichEntryWhenTwoAreCloseAndAnswersTheNumberChosen() {
		Reply question = send(AMBIGUOUS);

		assertThat(question.outcome()).isEqualTo(Outcome.CLARIFY);
		assertThat(question.text().orElseThrow()).contains("1) ", "2) ", "(0 pour parler à une personne)");
		String second = question.offeredEntries().get(1);

		Reply answer = send("2");

		assertThat(answer.outcome()).isEqualTo(Outcome.ANSWERED);
		assertThat(answer.entryId()).contains(second);
	}

	@Test
	void handsTheThreadToAPersonOnZero() {
		send(AMBIGUOUS);

		assertThat(send("0").outcome()).isEqualTo(Outcome.ESCALATED);
	}

	@Test
	void neverAsksTwiceInARow() {
		assertThat(send(AMBIGUOUS).outcome()).isEqualTo(Outcome.CLARIFY);

		assertThat(send(AMBIGUOUS).outcome()).isEqualTo(Outcome.ESCALATED);
	}

	@Test
	void readsAnotherQuestionAfterAClarificationAsANewQuestion() {
		send(AMBIGUOUS);

		Reply reply = send("what is the safe third country agreement");

		assertThat(reply.entryId()).contains("stca-what-is");
	}

	@Test
	void answersInOurThreeLanguagesAMessageInAnotherAndPassesItToStaff() {
		Reply reply = send("Olá, preciso de um médico para o meu filho, o seguro cobre a consulta?");

		assertThat(reply.outcome()).isEqualTo(Outcome.ESCALATED);
		assertThat(reply.text().orElseThrow()).contains("We answer in English, French and Spanish",
				"Nous répondons en français", "Respondemos en español");
	}

	@Test
	void answersSmsWithTheShortText() {
		Reply reply = send("what is the safe third country agreement");

		assertThat(reply.outcome()).isEqualTo(Outcome.ANSWERED);
		assertThat(reply.entryId()).contains("stca-what-is");
		assertThat(reply.text().orElseThrow()).endsWith("General info, not legal advice.");
	}

	@Test
	void switchesLanguageOnRequestAndKeepsIt() {
		Reply switched = send("ES");
		Reply answer = send("what is the safe third country agreement");

		assertThat(switched.language()).isEqualTo(Language.ES);
		assertThat(switched.text().orElseThrow()).contains("español");
		assertThat(answer.language()).isEqualTo(Language.ES);
		assertThat(answer.text().orElseThrow()).endsWith("Info general, no es asesoría legal.");
	}

	@Test
	void givesTheMenuForHelpInEachLanguage() {
		assertThat(send("HELP").text().orElseThrow()).contains("Health care (IFHP)");
		assertThat(send("aide").text().orElseThrow()).contains("Soins de santé (PFSI)");
		assertThat(send("AYUDA").text().orElseThrow()).contains("Salud (PFSI)");
	}

	@Test
	void welcomesAGreetingWithTheMenu() {
		Reply reply = send("Hello!");

		assertThat(reply.outcome()).isEqualTo(Outcome.KEYWORD);
		assertThat(reply.text().orElseThrow()).contains("Rightsline").contains("Health care (IFHP)");
	}

	@Test
	void handsARequestForAPersonToStaff() {
		Reply reply = send("can I talk to a real person please");

		assertThat(reply.outcome()).isEqualTo(Outcome.ESCALATED);
		assertThat(stateOf(reply.conversationId())).isEqualTo("WAITING");
	}

	@Test
	void putsTheEmergencyBeforeTheHelpKeyword() {
		Reply reply = send("HELP my friend is not breathing");

		assertThat(reply.outcome()).isEqualTo(Outcome.EMERGENCY);
		assertThat(reply.text().orElseThrow()).contains("911");
	}

	@Test
	void keepsAnsweringWhatItCanWhileAThreadWaitsForStaff() {
		Reply escalated = send("who won the habs game last night");
		Reply answered = send("what is the safe third country agreement");

		assertThat(escalated.outcome()).isEqualTo(Outcome.ESCALATED);
		assertThat(answered.outcome()).isEqualTo(Outcome.ANSWERED);
		assertThat(stateOf(answered.conversationId())).isEqualTo("WAITING");
	}

	@Test
	void storesEveryMessageOfTheConversationInOrder() {
		Reply first = send("hi");
		send("what is ifhp");

		assertThat(this.jdbc.sql("select author from message where conversation_id = ? order by id")
			.param(first.conversationId())
			.query(String.class)
			.list()).containsExactly("CLAIMANT", "BOT", "CLAIMANT", "BOT");
	}

	private int messagesOf(String conversationId) {
		return this.jdbc.sql("select count(*) from message where conversation_id = ?")
			.param(conversationId)
			.query(Integer.class)
			.single();
	}

	private String stateOf(String conversationId) {
		return this.jdbc.sql("select state from conversation where id = ?")
			.param(conversationId)
			.query(String.class)
			.single();
	}

	@Test
	void slowsDownAFloodingSenderWithoutSilencingOthers() {
		for (int i = 0; i < 10; i++) {
			assertThat(send("what is ifhp").outcome()).isEqualTo(Outcome.ANSWERED);
		}
		Reply slowDown = send("what is ifhp");
		Reply silenced = send("what is ifhp");
		Reply other = this.triage.handle(new InboundMessage(Channel.SMS,
				"+1438" + UUID.randomUUID().toString().substring(0, 7), UUID.randomUUID().toString(), "what is ifhp"));

		assertThat(slowDown.text().orElseThrow()).contains("wait a minute");
		assertThat(silenced.outcome()).isEqualTo(Outcome.SILENT);
		assertThat(silenced.text()).isEmpty();
		assertThat(other.outcome()).isEqualTo(Outcome.ANSWERED);
		// The flood is slowed, not lost: every message is kept for staff.
		assertThat(this.jdbc.sql("select count(*) from message where conversation_id = ? and direction = 'IN'")
			.param(slowDown.conversationId())
			.query(Integer.class)
			.single()).isEqualTo(12);
	}

}
