package io.paperstream.deploy.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real files of deploy/compose and deploy/k8s, checked against the code as it is now. */
class DeploymentManifestsTest {

    static final String COMPOSE = "deploy/compose/docker-compose.yml";
    static final String PROMETHEUS = "deploy/compose/prometheus.yml";
    static final String DASHBOARD = "deploy/compose/grafana/dashboards/paperstream.json";

    /**
     * Series the dashboard shows that no meter produces yet; docs/deployment.md says what each should measure.
     * A name that starts being produced by the code should leave this list (see assumedMetricsAreStillMissing).
     */

    static CodeFacts facts;
    static Map<String, List<Map<String, Object>>> compose;
    static Map<String, List<Map<String, Object>>> k8s;

    @BeforeAll
    static void load() {
        facts = CodeFacts.load();
        compose = Yamls.under(facts.root(), "deploy/compose");
        k8s = Yamls.under(facts.root(), "deploy/k8s");
    }

    @Test
    void codeFactsFoundTheServices() {
        // Guards the checker itself: if the scan found nothing, every key check below would be vacuous.
        assertThat(facts.services()).containsOnlyKeys("ingest", "enrich", "index");
        facts.services().values().forEach(s -> {
            assertThat(s.keys()).as(s.module() + " keys").contains("http.port", "registry.url");
            assertThat(s.prefixes()).as(s.module() + " pass-through prefixes").contains("kafka.", "registry.apicurio.");
            assertThat(s.mainClass()).as(s.module() + " service.main.class").isNotBlank();
        });
        assertThat(facts.services().get("index").keys()).contains("http.advertised.host", "index.standby.replicas");
        assertThat(facts.topicNames()).hasSize(5);
    }

    @Test
    void everyYamlFileParses() {
        assertThat(compose).containsKeys(COMPOSE, PROMETHEUS);
        assertThat(k8s).isNotEmpty();
        compose.forEach((file, docs) -> assertThat(docs).as(file).isNotEmpty());
        k8s.forEach((file, docs) -> assertThat(docs).as(file).isNotEmpty());
    }

    @Test
    void composeAndPrometheusMatchTheCode() {
        ManifestChecker checker = new ManifestChecker(facts);
        List<ManifestChecker.ComposeService> ours = checker.checkCompose(COMPOSE, compose.get(COMPOSE).get(0));
        checker.checkPrometheus(PROMETHEUS, compose.get(PROMETHEUS).get(0), COMPOSE, ours);
        assertThat(checker.problems()).as(String.join("\n", checker.problems())).isEmpty();
        // Every module runs, index twice.
        assertThat(ours.stream().map(s -> s.service().name()).collect(Collectors.toList()))
                .containsExactlyInAnyOrder("ingest", "enrich", "index", "index");
    }

    @Test
    void kubernetesManifestsMatchTheCode() {
        ManifestChecker checker = new ManifestChecker(facts);
        checker.expectStrimziUsers(k8s);
        checker.checkKubernetes(k8s);
        checker.checkStrimziTopics(k8s);
        assertThat(checker.problems()).as(String.join("\n", checker.problems())).isEmpty();
        Set<String> kinds = k8s.values().stream().flatMap(List::stream).map(d -> String.valueOf(d.get("kind")))
                .collect(Collectors.toSet());
        assertThat(kinds).contains("ConfigMap", "Secret", "Deployment", "StatefulSet", "Service",
                "PodDisruptionBudget", "Kafka", "KafkaNodePool", "KafkaTopic");
    }

    @Test
    void dashboardQueriesOnlyMetricsTheCodeProduces() throws Exception {
        ManifestChecker checker = new ManifestChecker(facts);
        String json = Files.readString(facts.root().resolve(DASHBOARD));
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        checker.checkDashboardMetrics(DASHBOARD, json, Set.of());
        assertThat(checker.problems()).as(String.join("\n", checker.problems())).isEmpty();
    }
}
