package io.paperstream.deploy.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Crafted files with one mistake each: the checker must name the file and the key or port. */
class CheckerCatchesMistakesTest {

    static CodeFacts facts;

    @BeforeAll
    static void load() {
        facts = CodeFacts.load();
    }

    private static final String GOOD_ENRICH = """
            services:
              kafka:
                image: apache/kafka:4.1.0
              registry:
                image: apicurio/apicurio-registry:3.0.9
              enrich:
                image: eclipse-temurin:17-jre
                command: ["java", "-cp", "/opt/paperstream/enrich-service-0.1.0-SNAPSHOT-all.jar", "io.paperstream.enrich.EnrichMain"]
                ports: ["8091:8091"]
                environment:
                  PAPERSTREAM_KAFKA_BOOTSTRAP_SERVERS: kafka:9092
                  PAPERSTREAM_REGISTRY_URL: http://registry:8080/apis/registry/v3
                  %s
                volumes:
                  - ../../enrich-service/target:/opt/paperstream:ro
            """;

    private List<String> compose(String yaml) {
        ManifestChecker checker = new ManifestChecker(facts);
        checker.checkCompose("deploy/compose/test.yml", Yamls.parse(yaml, "test.yml").get(0));
        return checker.problems();
    }

    @Test
    void acceptsTheCraftedBaseline() {
        // Without this, the mistakes below could be "caught" by something else being wrong in the baseline.
        assertThat(compose(GOOD_ENRICH.formatted("PAPERSTREAM_STATE_DIR: /state"))).isEmpty();
    }

    @Test
    void catchesAMisspelledEnvironmentKey() {
        List<String> problems = compose(GOOD_ENRICH.formatted("PAPERSTREAM_STATE_DIRECTORY: /state"));
        assertThat(problems).singleElement().asString()
                .contains("deploy/compose/test.yml", "PAPERSTREAM_STATE_DIRECTORY", "'state.directory'", "enrich-service");
    }

    @Test
    void catchesAKeyOfAnotherService() {
        // ingest.s3.bucket is a real key, but enrich-service never reads it.
        assertThat(compose(GOOD_ENRICH.formatted("PAPERSTREAM_INGEST_S3_BUCKET: reports")))
                .singleElement().asString().contains("ingest.s3.bucket", "enrich-service");
    }

    @Test
    void allowsPassThroughPrefixes() {
        assertThat(compose(GOOD_ENRICH.formatted("PAPERSTREAM_KAFKA_SECURITY_PROTOCOL: SASL_SSL"))).isEmpty();
        assertThat(compose(GOOD_ENRICH.formatted("PAPERSTREAM_STREAMS_NUM_STANDBY_REPLICAS: \"1\""))).isEmpty();
    }

    @Test
    void catchesAPortThatIsNotHttpPort() {
        List<String> problems = compose(GOOD_ENRICH.formatted("PAPERSTREAM_HTTP_PORT: \"9999\""));
        assertThat(problems).singleElement().asString().contains("container port 8091", "http.port 9999");
    }

    @Test
    void catchesAWrongJarAndMainClass() {
        String yaml = GOOD_ENRICH.formatted("PAPERSTREAM_STATE_DIR: /state")
                .replace("enrich-service-0.1.0-SNAPSHOT-all.jar", "enrich-service.jar")
                .replace("io.paperstream.enrich.EnrichMain", "io.paperstream.enrich.Main");
        assertThat(compose(yaml)).hasSize(2).anySatisfy(p -> assertThat(p).contains("enrich-service.jar"))
                .anySatisfy(p -> assertThat(p).contains("io.paperstream.enrich.Main"));
    }

    @Test
    void catchesAnUnknownImageAndAMissingDependency() {
        String yaml = """
                services:
                  cache:
                    image: redis:7
                    depends_on: [kafka]
                """;
        assertThat(compose(yaml)).hasSize(2).anySatisfy(p -> assertThat(p).contains("redis:7"))
                .anySatisfy(p -> assertThat(p).contains("'kafka', which does not exist"));
    }

    @Test
    void catchesAMissingPrometheusTarget() {
        ManifestChecker checker = new ManifestChecker(facts);
        List<ManifestChecker.ComposeService> ours = checker.checkCompose("deploy/compose/c.yml",
                Yamls.parse(GOOD_ENRICH.formatted("PAPERSTREAM_STATE_DIR: /s"), "c.yml").get(0));
        checker.checkPrometheus("p.yml", Yamls.parse("""
                scrape_configs:
                  - job_name: enrich
                    static_configs:
                      - targets: ["enrich:8080"]
                """, "p.yml").get(0), "deploy/compose/c.yml", ours);
        assertThat(checker.problems()).singleElement().asString().contains("p.yml", "enrich:8091");
    }

    private static final String K8S = """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: cfg}
            data:
              index.properties: |
                http.port=8080
                %s
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: index-headless}
            spec:
              clusterIP: None
              selector: {app: index}
              ports: [{name: http, port: 8080, targetPort: http}]
            ---
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: index}
            spec:
              serviceName: index-headless
              selector: {matchLabels: {app: index}}
              template:
                metadata:
                  labels: {app: index}
                  annotations: {prometheus.io/scrape: "true", prometheus.io/port: "8080"}
                spec:
                  containers:
                    - name: index
                      image: paperstream/index-service:0.1.0
                      ports: [{name: http, containerPort: %s}]
                      env:
                        - {name: PAPERSTREAM_CONFIG, value: /etc/paperstream/index.properties}
                        - name: POD_NAME
                          valueFrom: {fieldRef: {fieldPath: metadata.name}}
                        - {name: PAPERSTREAM_HTTP_ADVERTISED_HOST, value: "$(POD_NAME).index-headless.ns.svc"}
                      volumeMounts: [{name: config, mountPath: /etc/paperstream}]
                      readinessProbe: {httpGet: {path: /ready, port: http}}
                      livenessProbe: {httpGet: {path: /health, port: 8080}}
                  volumes:
                    - name: config
                      configMap: {name: cfg}
            """;

    private List<String> k8s(String property, int containerPort) {
        ManifestChecker checker = new ManifestChecker(facts);
        checker.checkKubernetes(Map.of("deploy/k8s/test.yaml",
                Yamls.parse(K8S.formatted(property, containerPort), "test.yaml")));
        return checker.problems();
    }

    @Test
    void acceptsTheCraftedKubernetesBaseline() {
        assertThat(k8s("index.standby.replicas=1", 8080)).isEmpty();
    }

    @Test
    void catchesABadKeyInAMountedPropertiesFile() {
        assertThat(k8s("index.standby.replica=1", 8080)).singleElement().asString()
                .contains("deploy/k8s/test.yaml", "'index.standby.replica'", "/etc/paperstream/index.properties");
    }

    @Test
    void catchesAContainerPortThatIsNotTheConfiguredHttpPort() {
        // The Service's targetPort and probes use the name "http"; only the number is wrong.
        assertThat(k8s("index.standby.replicas=1", 8081)).anySatisfy(p ->
                assertThat(p).contains("containerPort 8081", "http.port 8080"));
    }

    @Test
    void catchesDashboardSeriesNoMeterProduces() {
        ManifestChecker checker = new ManifestChecker(facts);
        checker.checkDashboardMetrics("d.json", "{\"expr\": \"rate(paperstream_ingest_papers_emited_total[1m])\"}", Set.of());
        assertThat(checker.problems()).singleElement().asString().contains("paperstream_ingest_papers_emited_total");
    }
}
