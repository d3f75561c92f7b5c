package io.paperstream.deploy.check;

import io.paperstream.deploy.check.CodeFacts.Service;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Static checks of deployment files against {@link CodeFacts}. Every method returns problems as
 * "file: where: what" lines instead of throwing, so one run lists every mistake and a test can feed it
 * crafted YAML and look for the message it expects.
 */
public final class ManifestChecker {

    /** Images we run but do not build; anything else must be one of our modules. */
    static final Set<String> THIRD_PARTY_IMAGES = Set.of(
            "apache/kafka", "apicurio/apicurio-registry", "minio/minio", "minio/mc", "prom/prometheus",
            "grafana/grafana", "eclipse-temurin");
    private static final String OUR_IMAGE_PREFIX = "paperstream/";
    private static final String CONFIG_ENV = "PAPERSTREAM_CONFIG";
    private static final Pattern MODULE_TARGET_MOUNT = Pattern.compile("(?:^|/)([a-z0-9-]+)/target/?$");

    private final CodeFacts facts;
    private final List<String> problems = new ArrayList<>();

    public ManifestChecker(CodeFacts facts) {
        this.facts = facts;
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    private void problem(String file, String where, String what) {
        problems.add(file + ": " + where + ": " + what);
    }

    // ---------------------------------------------------------------- shared rules

    /** A setting key the service reads (directly, through its defaults, or under a pass-through prefix). */
    void checkKey(String file, String where, Service service, String key, String origin) {
        if (!service.reads(key)) {
            problem(file, where, origin + " sets '" + key + "', which " + service.module()
                    + " does not read (not in its code, its " + service.name() + ".properties defaults, nor under a"
                    + " pass-through prefix " + service.prefixes() + ")");
        }
    }

    void checkEnvName(String file, String where, Service service, String name) {
        if (name.startsWith("PAPERSTREAM_") && !name.equals(CONFIG_ENV)) {
            checkKey(file, where, service, CodeFacts.keyOf(name), "environment variable " + name);
        }
    }

    void checkMainClass(String file, String where, Service service, String mainClass) {
        if (!mainClass.equals(service.mainClass())) {
            problem(file, where, "main class " + mainClass + " is not " + service.module() + "'s service.main.class ("
                    + service.mainClass() + ")");
        } else if (!facts.hasClass(service, mainClass)) {
            problem(file, where, "main class " + mainClass + " has no source in " + service.module() + "/src/main/java");
        }
    }

    /** paperstream/<module>:<tag> → the module's service, with a problem when the module or tag is wrong. */
    Optional<Service> ourImage(String file, String where, String image) {
        String repo = image.contains(":") ? image.substring(0, image.lastIndexOf(':')) : image;
        String tag = image.contains(":") ? image.substring(image.lastIndexOf(':') + 1) : "latest";
        Optional<Service> service = facts.byModule(repo.substring(OUR_IMAGE_PREFIX.length()));
        if (service.isEmpty()) {
            problem(file, where, "image " + image + " names no service module (expected one of "
                    + facts.services().values().stream().map(s -> OUR_IMAGE_PREFIX + s.module()).toList() + ")");
        } else if (!tag.equals(service.get().imageTag())) {
            problem(file, where, "image " + image + " has tag " + tag + "; the module's version gives "
                    + service.get().imageTag());
        }
        return service;
    }

    boolean isThirdParty(String image) {
        String repo = image.contains(":") ? image.substring(0, image.lastIndexOf(':')) : image;
        return THIRD_PARTY_IMAGES.contains(repo);
    }

    // ---------------------------------------------------------------- docker compose

    /** One compose service that runs one of ours, with its effective http.port. */
    public record ComposeService(String name, Service service, int httpPort) {
    }

    /** Checks a compose file; returns the services of ours it found (for the Prometheus check). */
    public List<ComposeService> checkCompose(String file, Map<String, Object> compose) {
        List<ComposeService> ours = new ArrayList<>();
        Map<String, Object> services = map(compose.get("services"));
        if (services.isEmpty()) {
            problem(file, "services", "no services");
            return ours;
        }
        services.forEach((name, value) -> {
            String where = "services." + name;
            Map<String, Object> svc = map(value);
            for (String dep : map(svc.get("depends_on")).keySet()) {
                if (!services.containsKey(dep)) {
                    problem(file, where + ".depends_on", "refers to service '" + dep + "', which does not exist");
                }
            }
            for (Object dep : list(svc.get("depends_on"))) {
                if (!services.containsKey(String.valueOf(dep))) {
                    problem(file, where + ".depends_on", "refers to service '" + dep + "', which does not exist");
                }
            }
            String image = Objects.toString(svc.get("image"), "");
            Optional<Service> service = identify(file, where, svc, image);
            if (service.isEmpty()) {
                if (!isThirdParty(image)) {
                    problem(file, where, "image '" + image + "' is neither a service module (" + OUR_IMAGE_PREFIX
                            + "<module>:<version> or a mounted <module>/target jar) nor a known third-party image "
                            + THIRD_PARTY_IMAGES);
                }
                return;
            }
            Map<String, String> env = env(svc.get("environment"));
            env.keySet().forEach(n -> checkEnvName(file, where + ".environment." + n, service.get(), n));
            checkHostReferences(file, where, env, services.keySet());
            int port = env.containsKey("PAPERSTREAM_HTTP_PORT")
                    ? Integer.parseInt(env.get("PAPERSTREAM_HTTP_PORT")) : service.get().defaultHttpPort();
            for (Object p : list(svc.get("ports"))) {
                int container = containerPort(String.valueOf(p));
                if (container != port) {
                    problem(file, where + ".ports", "publishes container port " + container + " but "
                            + service.get().module() + " listens on http.port " + port);
                }
            }
            if (service.get().name().equals("index") && !env.containsKey("PAPERSTREAM_HTTP_ADVERTISED_HOST")) {
                problem(file, where + ".environment", "index-service without PAPERSTREAM_HTTP_ADVERTISED_HOST: other "
                        + "instances would be told to call it at localhost");
            }
            ours.add(new ComposeService(name, service.get(), port));
        });
        Map<String, String> advertised = new LinkedHashMap<>();
        for (ComposeService s : ours) {
            if (s.service().name().equals("index")) {
                String host = env(map(services.get(s.name())).get("environment")).get("PAPERSTREAM_HTTP_ADVERTISED_HOST");
                if (host != null && advertised.containsValue(host)) {
                    problem(file, "services." + s.name(), "advertises host '" + host + "' like another index instance");
                }
                if (host != null && !services.containsKey(host)) {
                    problem(file, "services." + s.name(), "advertises host '" + host
                            + "', which is no service name the other instances can resolve");
                }
                advertised.put(s.name(), host);
            }
        }
        return ours;
    }

    /** Which of our services a compose service runs: by image, or by the module jar it mounts and runs. */
    private Optional<Service> identify(String file, String where, Map<String, Object> svc, String image) {
        if (image.startsWith(OUR_IMAGE_PREFIX)) {
            return ourImage(file, where, image);
        }
        for (Object v : list(svc.get("volumes"))) {
            String volume = v instanceof Map<?, ?> m ? m.get("source") + ":" + m.get("target") : String.valueOf(v);
            String[] parts = volume.split(":");
            if (parts.length < 2) {
                continue;
            }
            Matcher m = MODULE_TARGET_MOUNT.matcher(parts[0]);
            if (!m.find() || !parts[0].startsWith(".")) {
                continue;
            }
            Optional<Service> service = facts.byModule(m.group(1));
            if (service.isEmpty()) {
                problem(file, where + ".volumes", "mounts " + parts[0] + ", which is not the target folder of a "
                        + "service module");
                return Optional.empty();
            }
            Path source = Path.of(file).getParent() == null ? Path.of(parts[0])
                    : Path.of(file).getParent().resolve(parts[0]).normalize();
            Path module = facts.root().resolve(source).getParent();
            if (!Files.isRegularFile(module.resolve("pom.xml"))) {
                problem(file, where + ".volumes", "mounts " + parts[0] + " but " + facts.root().relativize(module)
                        + " has no pom.xml (is the relative path right from " + file + "?)");
            }
            checkJarCommand(file, where, svc, service.get(), parts[1]);
            return service;
        }
        return Optional.empty();
    }

    private void checkJarCommand(String file, String where, Map<String, Object> svc, Service service, String mount) {
        List<String> command = list(svc.get("command")).stream().map(String::valueOf).toList();
        int cp = Math.max(command.indexOf("-cp"), command.indexOf("-jar"));
        if (cp < 0 || cp + 1 >= command.size()) {
            problem(file, where + ".command", "runs no jar (expected java -cp " + mount + "/" + service.shadedJar()
                    + " " + service.mainClass() + ")");
            return;
        }
        String jar = command.get(cp + 1);
        String expected = mount.replaceAll("/$", "") + "/" + service.shadedJar();
        if (!jar.equals(expected)) {
            problem(file, where + ".command", "runs " + jar + " but the build of " + service.module() + " produces "
                    + expected);
        }
        if (command.get(cp).equals("-cp")) {
            if (cp + 2 >= command.size()) {
                problem(file, where + ".command", "-cp without a main class");
            } else {
                checkMainClass(file, where + ".command", service, command.get(cp + 2));
            }
        }
    }

    private void checkHostReferences(String file, String where, Map<String, String> env, Set<String> serviceNames) {
        for (String name : List.of("PAPERSTREAM_KAFKA_BOOTSTRAP_SERVERS", "PAPERSTREAM_REGISTRY_URL",
                "PAPERSTREAM_INGEST_S3_ENDPOINT")) {
            String value = env.get(name);
            if (value == null) {
                continue;
            }
            for (String part : value.split(",")) {
                String host = part.trim().replaceFirst("^[a-z]+://", "").replaceFirst("[:/].*$", "");
                if (!serviceNames.contains(host)) {
                    problem(file, where + ".environment." + name, "points at host '" + host
                            + "', which is not a service of this file");
                }
            }
        }
    }

    private static int containerPort(String mapping) {
        String m = mapping.replaceFirst("/(tcp|udp)$", "");
        return Integer.parseInt(m.substring(m.lastIndexOf(':') + 1));
    }

    // ---------------------------------------------------------------- Prometheus

    public void checkPrometheus(String file, Map<String, Object> prometheus, String composeFile,
                                List<ComposeService> services) {
        Set<String> targets = new TreeSet<>();
        for (Object job : list(prometheus.get("scrape_configs"))) {
            Map<String, Object> j = map(job);
            String path = Objects.toString(j.get("metrics_path"), "/metrics");
            for (Object sc : list(j.get("static_configs"))) {
                for (Object t : list(map(sc).get("targets"))) {
                    targets.add(t + path);
                }
            }
        }
        for (ComposeService s : services) {
            String expected = s.name() + ":" + s.httpPort() + "/metrics";
            if (!targets.contains(expected)) {
                problem(file, "scrape_configs", "no target " + s.name() + ":" + s.httpPort() + " with metrics_path "
                        + "/metrics for service '" + s.name() + "' of " + composeFile + " (targets: " + targets + ")");
            }
        }
    }

    // ---------------------------------------------------------------- Kubernetes

    /** Checks every resource of the k8s folder together (references cross files). */
    public void checkKubernetes(Map<String, List<Map<String, Object>>> docsByFile) {
        Map<String, Map<String, Object>> configMaps = new LinkedHashMap<>();
        Map<String, Map<String, Object>> secrets = new LinkedHashMap<>();
        Map<String, Map<String, Object>> services = new LinkedHashMap<>();
        List<Workload> workloads = new ArrayList<>();
        docsByFile.forEach((file, docs) -> {
            for (Map<String, Object> doc : docs) {
                String kind = Objects.toString(doc.get("kind"), "");
                String name = Objects.toString(map(doc.get("metadata")).get("name"), "");
                switch (kind) {
                    case "ConfigMap" -> configMaps.put(name, doc);
                    case "Secret" -> secrets.put(name, doc);
                    case "Service" -> services.put(name, doc);
                    case "Deployment", "StatefulSet" -> workloads.add(new Workload(file, kind, name, doc));
                    default -> { }
                }
            }
        });
        for (Workload w : workloads) {
            checkWorkload(w, configMaps, secrets, services);
        }
        docsByFile.forEach((file, docs) -> {
            for (Map<String, Object> doc : docs) {
                String kind = Objects.toString(doc.get("kind"), "");
                String name = Objects.toString(map(doc.get("metadata")).get("name"), "");
                Map<String, Object> spec = map(doc.get("spec"));
                if (kind.equals("Service")) {
                    checkServiceSelects(file, name, spec, workloads);
                } else if (kind.equals("PodDisruptionBudget")) {
                    Map<String, Object> labels = map(map(spec.get("selector")).get("matchLabels"));
                    if (workloads.stream().noneMatch(w -> w.podLabels().entrySet().containsAll(labels.entrySet()))) {
                        problem(file, "PodDisruptionBudget " + name, "selector " + labels + " matches no workload's pods");
                    }
                }
            }
        });
    }

    record Workload(String file, String kind, String name, Map<String, Object> doc) {
        Map<String, Object> podSpec() {
            return map(map(map(doc.get("spec")).get("template")).get("spec"));
        }

        Map<String, Object> podLabels() {
            return map(map(map(map(doc.get("spec")).get("template")).get("metadata")).get("labels"));
        }

        Map<String, Object> podAnnotations() {
            return map(map(map(map(doc.get("spec")).get("template")).get("metadata")).get("annotations"));
        }
    }

    private void checkWorkload(Workload w, Map<String, Map<String, Object>> configMaps,
                               Map<String, Map<String, Object>> secrets, Map<String, Map<String, Object>> services) {
        String where = w.kind() + " " + w.name();
        Map<String, Object> spec = map(w.doc().get("spec"));
        Map<String, Object> selector = map(map(spec.get("selector")).get("matchLabels"));
        if (!w.podLabels().entrySet().containsAll(selector.entrySet())) {
            problem(w.file(), where, "selector " + selector + " does not match the pod template's labels " + w.podLabels());
        }
        if (w.kind().equals("StatefulSet")) {
            String headless = Objects.toString(spec.get("serviceName"), "");
            Map<String, Object> svc = services.get(headless);
            if (svc == null) {
                problem(w.file(), where + ".spec.serviceName", "names Service '" + headless + "', which is not defined");
            } else if (!"None".equals(String.valueOf(map(svc.get("spec")).get("clusterIP")))) {
                problem(w.file(), where + ".spec.serviceName", "Service '" + headless + "' is not headless (clusterIP: None)");
            }
        }
        Map<String, Map<String, Object>> volumes = new LinkedHashMap<>();
        for (Object v : list(w.podSpec().get("volumes"))) {
            volumes.put(String.valueOf(map(v).get("name")), map(v));
        }
        for (Object c : list(w.podSpec().get("containers"))) {
            Map<String, Object> container = map(c);
            String cwhere = where + ".containers." + container.get("name");
            String image = Objects.toString(container.get("image"), "");
            if (!image.startsWith(OUR_IMAGE_PREFIX)) {
                if (!isThirdParty(image)) {
                    problem(w.file(), cwhere, "image '" + image + "' is neither a service module nor a known third-party image");
                }
                continue;
            }
            Optional<Service> service = ourImage(w.file(), cwhere, image);
            if (service.isEmpty()) {
                continue;
            }
            checkContainer(w, cwhere, container, service.get(), volumes, configMaps, secrets);
        }
    }

    private void checkContainer(Workload w, String where, Map<String, Object> container, Service service,
                                Map<String, Map<String, Object>> volumes, Map<String, Map<String, Object>> configMaps,
                                Map<String, Map<String, Object>> secrets) {
        Map<String, String> env = new LinkedHashMap<>();
        for (Object e : list(container.get("env"))) {
            Map<String, Object> entry = map(e);
            String name = String.valueOf(entry.get("name"));
            env.put(name, entry.get("value") == null ? null : String.valueOf(entry.get("value")));
            checkEnvName(w.file(), where + ".env." + name, service, name);
            Map<String, Object> ref = map(map(entry.get("valueFrom")).get("secretKeyRef"));
            if (!ref.isEmpty()) {
                checkSecretRef(w.file(), where + ".env." + name, ref, secrets);
            }
            Map<String, Object> cmRef = map(map(entry.get("valueFrom")).get("configMapKeyRef"));
            if (!cmRef.isEmpty() && !configMaps.containsKey(String.valueOf(cmRef.get("name")))) {
                problem(w.file(), where + ".env." + name, "refers to ConfigMap '" + cmRef.get("name") + "', which is not defined");
            }
        }
        for (Object e : list(container.get("envFrom"))) {
            Map<String, Object> secretRef = map(map(e).get("secretRef"));
            Map<String, Object> cmRef = map(map(e).get("configMapRef"));
            Map<String, Object> source = !secretRef.isEmpty() ? secrets.get(String.valueOf(secretRef.get("name")))
                    : configMaps.get(String.valueOf(cmRef.get("name")));
            if (source == null) {
                problem(w.file(), where + ".envFrom", "refers to " + (secretRef.isEmpty() ? cmRef : secretRef)
                        + ", which is not defined");
                continue;
            }
            Map<String, Object> data = new LinkedHashMap<>(map(source.get("data")));
            data.putAll(map(source.get("stringData")));
            data.keySet().forEach(n -> checkEnvName(w.file(), where + ".envFrom." + n, service, n));
        }
        if (service.name().equals("index")) {
            String host = env.get("PAPERSTREAM_HTTP_ADVERTISED_HOST");
            String headless = String.valueOf(map(w.doc().get("spec")).get("serviceName"));
            if (host == null || !host.startsWith("$(POD_NAME)." + headless + ".")) {
                problem(w.file(), where + ".env", "PAPERSTREAM_HTTP_ADVERTISED_HOST must be the pod's stable name "
                        + "$(POD_NAME)." + headless + ".<namespace>.svc, got " + host);
            } else if (!env.containsKey("POD_NAME")) {
                problem(w.file(), where + ".env", "uses $(POD_NAME) without defining POD_NAME (downward API) before it");
            }
        }
        // The settings file the container reads: PAPERSTREAM_CONFIG inside a mounted ConfigMap.
        Map<String, String> config = new LinkedHashMap<>(service.defaults());
        String configPath = env.get(CONFIG_ENV);
        if (configPath != null) {
            Map<String, String> file = mountedProperties(w, where, container, volumes, configMaps, configPath);
            file.keySet().forEach(k -> checkKey(w.file(), where + " " + CONFIG_ENV + "=" + configPath, service, k,
                    "properties file " + configPath));
            config.putAll(file);
        }
        env.forEach((n, v) -> {
            if (n.startsWith("PAPERSTREAM_") && !n.equals(CONFIG_ENV) && v != null) {
                config.put(CodeFacts.keyOf(n), v);
            }
        });
        int httpPort = config.containsKey("http.port") ? Integer.parseInt(config.get("http.port"))
                : service.httpPortFallback();
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (Object p : list(container.get("ports"))) {
            Map<String, Object> port = map(p);
            int number = ((Number) port.get("containerPort")).intValue();
            ports.put(Objects.toString(port.get("name"), String.valueOf(number)), number);
            if (number != httpPort) {
                problem(w.file(), where + ".ports", "containerPort " + number + " is not " + service.module()
                        + "'s http.port " + httpPort);
            }
        }
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            Map<String, Object> get = map(map(container.get(probe)).get("httpGet"));
            if (get.isEmpty()) {
                if (!probe.equals("startupProbe")) {
                    problem(w.file(), where + "." + probe, "missing (expected httpGet on "
                            + (probe.equals("readinessProbe") ? "/ready" : "/health") + ")");
                }
                continue;
            }
            Object port = get.get("port");
            Integer number = port instanceof Number n ? Integer.valueOf(n.intValue()) : ports.get(String.valueOf(port));
            if (number == null || number != httpPort) {
                problem(w.file(), where + "." + probe, "port " + port + " is not http.port " + httpPort);
            }
            String expectedPath = probe.equals("readinessProbe") ? "/ready" : "/health";
            if (!expectedPath.equals(get.get("path"))) {
                problem(w.file(), where + "." + probe, "path " + get.get("path") + " should be " + expectedPath);
            }
        }
        Map<String, Object> annotations = w.podAnnotations();
        if (!"true".equals(String.valueOf(annotations.get("prometheus.io/scrape")))) {
            problem(w.file(), where, "pod template lacks prometheus.io/scrape: \"true\"; /metrics would not be scraped");
        } else if (!String.valueOf(httpPort).equals(String.valueOf(annotations.get("prometheus.io/port")))) {
            problem(w.file(), where, "prometheus.io/port " + annotations.get("prometheus.io/port") + " is not http.port "
                    + httpPort);
        }
    }

    private Map<String, String> mountedProperties(Workload w, String where, Map<String, Object> container,
                                                  Map<String, Map<String, Object>> volumes,
                                                  Map<String, Map<String, Object>> configMaps, String configPath) {
        for (Object m : list(container.get("volumeMounts"))) {
            Map<String, Object> mount = map(m);
            String dir = String.valueOf(mount.get("mountPath")).replaceAll("/$", "");
            if (!configPath.startsWith(dir + "/")) {
                continue;
            }
            String fileName = configPath.substring(dir.length() + 1);
            Map<String, Object> volume = volumes.get(String.valueOf(mount.get("name")));
            Map<String, Object> cm = volume == null ? Map.of() : map(volume.get("configMap"));
            if (cm.isEmpty()) {
                problem(w.file(), where, CONFIG_ENV + "=" + configPath + " is under mount " + dir
                        + ", which is not a ConfigMap volume");
                return Map.of();
            }
            String key = fileName;
            for (Object item : list(cm.get("items"))) {
                if (fileName.equals(map(item).get("path"))) {
                    key = String.valueOf(map(item).get("key"));
                }
            }
            Map<String, Object> configMap = configMaps.get(String.valueOf(cm.get("name")));
            if (configMap == null) {
                problem(w.file(), where, "mounts ConfigMap '" + cm.get("name") + "', which is not defined");
                return Map.of();
            }
            Object text = map(configMap.get("data")).get(key);
            if (text == null) {
                problem(w.file(), where, CONFIG_ENV + "=" + configPath + " but ConfigMap '" + cm.get("name")
                        + "' has no key '" + key + "'");
                return Map.of();
            }
            return CodeFacts.properties(new StringReader(String.valueOf(text)));
        }
        problem(w.file(), where, CONFIG_ENV + "=" + configPath + " is not under any volumeMount");
        return Map.of();
    }

    private void checkSecretRef(String file, String where, Map<String, Object> ref,
                                Map<String, Map<String, Object>> secrets) {
        String name = String.valueOf(ref.get("name"));
        Map<String, Object> secret = secrets.get(name);
        if (secret == null) {
            // Secrets created by an operator (Strimzi's KafkaUser) are not in our files; they must be named here.
            if (!strimziUserSecrets.contains(name)) {
                problem(file, where, "refers to Secret '" + name + "', which is neither defined nor a KafkaUser's secret");
            }
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>(map(secret.get("data")));
        data.putAll(map(secret.get("stringData")));
        if (!data.containsKey(String.valueOf(ref.get("key")))) {
            problem(file, where, "refers to key '" + ref.get("key") + "' of Secret '" + name + "', which it does not have");
        }
    }

    /** Filled by {@link #expectStrimziUsers} with the KafkaUser names of deploy/k8s/strimzi. */
    private final Set<String> strimziUserSecrets = new TreeSet<>();

    public void expectStrimziUsers(Map<String, List<Map<String, Object>>> docsByFile) {
        docsByFile.values().forEach(docs -> docs.stream().filter(d -> "KafkaUser".equals(d.get("kind")))
                .forEach(d -> strimziUserSecrets.add(String.valueOf(map(d.get("metadata")).get("name")))));
    }

    private void checkServiceSelects(String file, String name, Map<String, Object> spec, List<Workload> workloads) {
        Map<String, Object> selector = map(spec.get("selector"));
        List<Workload> selected = workloads.stream()
                .filter(w -> w.podLabels().entrySet().containsAll(selector.entrySet())).toList();
        if (selected.isEmpty()) {
            problem(file, "Service " + name, "selector " + selector + " matches no workload's pods");
            return;
        }
        for (Object p : list(spec.get("ports"))) {
            Object target = map(p).getOrDefault("targetPort", map(p).get("port"));
            for (Workload w : selected) {
                boolean found = list(w.podSpec().get("containers")).stream()
                        .flatMap(c -> list(map(c).get("ports")).stream()).map(ManifestChecker::map)
                        .anyMatch(cp -> String.valueOf(target).equals(String.valueOf(cp.get("name")))
                                || String.valueOf(target).equals(String.valueOf(cp.get("containerPort"))));
                if (!found) {
                    problem(file, "Service " + name, "targetPort " + target + " is no container port of " + w.kind()
                            + " " + w.name());
                }
            }
        }
    }

    // ---------------------------------------------------------------- Strimzi

    public void checkStrimziTopics(Map<String, List<Map<String, Object>>> docsByFile) {
        Set<String> declared = new TreeSet<>();
        docsByFile.forEach((file, docs) -> docs.stream().filter(d -> "KafkaTopic".equals(d.get("kind"))).forEach(d -> {
            Map<String, Object> spec = map(d.get("spec"));
            declared.add(Objects.toString(spec.get("topicName"), String.valueOf(map(d.get("metadata")).get("name"))));
        }));
        for (String topic : facts.topicNames()) {
            if (!declared.contains(topic)) {
                problem("deploy/k8s/strimzi", "KafkaTopic", "no KafkaTopic for " + topic + " (declared in Topics.java)");
            }
        }
    }

    // ---------------------------------------------------------------- Grafana

    /** Every paperstream_* series a dashboard queries must come from a meter in the code, or be listed as assumed. */
    public void checkDashboardMetrics(String file, String dashboardJson, Set<String> assumed) {
        Matcher m = Pattern.compile("\\b(paperstream_[a-z0-9_]+)").matcher(dashboardJson);
        Set<String> meters = facts.meterNames();
        while (m.find()) {
            String series = m.group(1);
            String base = series.replaceFirst("_(total|bucket|count|sum|max)$", "")
                    .replaceFirst("_(seconds|bytes)$", "");
            if (!meters.contains(base) && !assumed.contains(base)) {
                problem(file, "expr", "queries " + series + ", which no meter in the code produces (meters: " + meters
                        + ") and which is not in the assumed-metrics list");
            }
        }
    }

    // ---------------------------------------------------------------- YAML helpers

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return o instanceof List<?> l ? (List<Object>) l : List.of();
    }

    /** Compose environment: a map, or a list of NAME=value. */
    static Map<String, String> env(Object o) {
        Map<String, String> out = new LinkedHashMap<>();
        if (o instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        } else {
            for (Object e : list(o)) {
                String s = String.valueOf(e);
                int eq = s.indexOf('=');
                out.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? null : s.substring(eq + 1));
            }
        }
        return out;
    }
}
