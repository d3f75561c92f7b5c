package io.paperstream.deploy.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** Loads YAML files (every document of each) under a folder, keyed by their path relative to the repository. */
final class Yamls {

    private Yamls() {
    }

    static List<Map<String, Object>> parse(String text, String name) {
        LoaderOptions options = new LoaderOptions();
        // Duplicate keys are almost always a copy-paste mistake in a manifest; SnakeYAML would keep the last.
        options.setAllowDuplicateKeys(false);
        List<Map<String, Object>> docs = new ArrayList<>();
        try {
            for (Object doc : new Yaml(options).loadAll(text)) {
                if (doc == null) {
                    continue;
                }
                if (!(doc instanceof Map<?, ?>)) {
                    throw new IllegalArgumentException(name + ": a document is not a mapping: " + doc);
                }
                docs.add(ManifestChecker.map(doc));
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + ": not valid YAML: " + e.getMessage(), e);
        }
        return docs;
    }

    static Map<String, List<Map<String, Object>>> under(Path root, String folder) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(root.resolve(folder))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
                    .sorted().toList()) {
                String rel = root.relativize(f).toString().replace('\\', '/');
                out.put(rel, parse(CodeFacts.read(f), rel));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
