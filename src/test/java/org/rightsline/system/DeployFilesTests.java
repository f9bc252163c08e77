package org.rightsline.system;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployment files say what the application does: the probes it answers, the port it
 * listens on, the environment variables it reads (those of {@code .env.example}).
 */
class DeployFilesTests {

	private static final String LIVENESS = "/actuator/health/liveness";

	private static final String READINESS = "/actuator/health/readiness";

	private final Set<String> documented = documentedVariables();

	@Test
	void givesKubernetesTwoReplicasProbingTheApplicationsHealth() throws IOException {
		List<Map<String, Object>> documents = yamlDocuments(Path.of("deploy/kubernetes/rightsline.yaml"));
		Map<String, Object> deployment = documents.stream()
			.filter((d) -> "Deployment".equals(d.get("kind")))
			.findFirst()
			.orElseThrow();
		Map<String, Object> spec = map(deployment, "spec");
		assertThat(spec.get("replicas")).isEqualTo(2);
		Map<String, Object> pod = map(map(spec, "template"), "spec");
		assertThat(map(pod, "securityContext").get("runAsNonRoot")).isEqualTo(true);
		Map<String, Object> container = list(pod, "containers").get(0);
		assertThat(map(map(container, "livenessProbe"), "httpGet").get("path")).isEqualTo(LIVENESS);
		assertThat(map(map(container, "readinessProbe"), "httpGet").get("path")).isEqualTo(READINESS);
		assertThat(list(container, "ports").get(0).get("containerPort")).isEqualTo(8080);
		assertThat(map(container, "resources")).containsKeys("requests", "limits");
		assertThat(documents).extracting((d) -> d.get("kind")).contains("Service", "Ingress");
	}

	@Test
	void keepsHealthAndMetricsOffThePublicIngress() throws IOException {
		Map<String, Object> ingress = yamlDocuments(Path.of("deploy/kubernetes/rightsline.yaml")).stream()
			.filter((d) -> "Ingress".equals(d.get("kind")))
			.findFirst()
			.orElseThrow();
		List<Object> paths = list(map(list(map(ingress, "spec"), "rules").get(0), "http"), "paths").stream()
			.map((path) -> path.get("path"))
			.toList();
		assertThat(paths).contains("/webhooks", "/inbox").doesNotContain("/", "/actuator");
		assertThat(Files.readString(Path.of("deploy/compose/Caddyfile"))).contains("respond /actuator/* 404",
				"health_uri " + READINESS);
	}

	@Test
	void namesOnlyDocumentedVariablesInTheSecret() throws IOException {
		Map<String, Object> secret = yamlDocuments(Path.of("deploy/kubernetes/secret.example.yaml")).get(0);
		assertThat(this.documented).containsAll(map(secret, "stringData").keySet());
	}

	@Test
	void runsTwoInstancesOnPostgresBehindAProxyInCompose() throws IOException {
		Map<String, Object> services = map(yamlDocuments(Path.of("deploy/compose/compose.yaml")).get(0), "services");
		assertThat(services).containsKeys("db", "rightsline-1", "rightsline-2", "proxy");
		for (String instance : List.of("rightsline-1", "rightsline-2")) {
			Map<String, Object> service = map(services, instance);
			assertThat(this.documented).containsAll(map(service, "environment").keySet());
			assertThat(String.valueOf(map(service, "healthcheck").get("test"))).contains(READINESS);
		}
	}

	@Test
	void buildsAnImageThatRunsAsAUserWithAHealthCheck() throws IOException {
		String dockerfile = Files.readString(Path.of("deploy/Dockerfile"));
		assertThat(dockerfile).contains("FROM eclipse-temurin:17-jre", "EXPOSE 8080", READINESS);
		Matcher user = Pattern.compile("(?m)^USER\\s+(\\S+)").matcher(dockerfile);
		assertThat(user.find()).isTrue();
		assertThat(user.group(1)).isNotIn("0", "root");
	}

	@Test
	void startsOnAVmWithAnEnvironmentFile() throws IOException {
		assertThat(Files.readString(Path.of("deploy/systemd/rightsline.service"))).contains("EnvironmentFile=", "java ",
				"-jar", "Restart=on-failure");
	}

	@Test
	void servesTheProbesTheFilesAskFor() throws IOException {
		String properties = Files.readString(Path.of("src/main/resources/application.properties"));
		assertThat(properties).contains("management.endpoint.health.probes.enabled=true",
				"management.endpoint.health.group.readiness.include=readinessState,db,faq");
	}

	private static Set<String> documentedVariables() {
		try {
			Set<String> names = new HashSet<>();
			for (String line : Files.readAllLines(Path.of(".env.example"))) {
				Matcher name = Pattern.compile("^([A-Z][A-Z0-9_]*)=").matcher(line);
				if (name.find()) {
					names.add(name.group(1));
				}
			}
			return names;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> yamlDocuments(Path file) throws IOException {
		List<Map<String, Object>> documents = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(file)) {
			for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader)) {
				documents.add((Map<String, Object>) document);
			}
		}
		return documents;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Map<String, Object> parent, String key) {
		return (Map<String, Object>) parent.get(key);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
		return (List<Map<String, Object>>) parent.get(key);
	}

}
