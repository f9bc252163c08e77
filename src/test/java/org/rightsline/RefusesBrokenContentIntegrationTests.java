package org.rightsline;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightsline.content.ContentRejected;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A content edit with a mistake must stop the service at start-up, naming the file and
 * line.
 */
class RefusesBrokenContentIntegrationTests {

	@TempDir
	Path folder;

	@Test
	void refusesToStartWithABrokenFaqFile() throws Exception {
		Files.writeString(this.folder.resolve("topics.yaml"),
				"ifhp:\n  title: {en: Health, fr: Santé, es: Salud}\n  entries: [ifhp-what-is]\n");
		Files.createDirectories(this.folder.resolve("ifhp"));
		Files.writeString(this.folder.resolve("ifhp/ifhp-what-is.en.md"),
				"---\nid: ifhp-what-is\nlang: [broken\n---\n");

		SpringApplication application = new SpringApplication(RightslineApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);

		assertThatThrownBy(() -> application.run("--rightsline.content.directory=" + this.folder,
				"--spring.datasource.url=jdbc:h2:mem:broken-content"))
			.hasRootCauseInstanceOf(ContentRejected.class)
			.rootCause()
			.hasMessageContaining("ifhp-what-is.en.md:3: the front matter is not valid YAML");
	}

}
