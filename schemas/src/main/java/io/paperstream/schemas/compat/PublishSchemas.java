package io.paperstream.schemas.compat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.avro.Schema;

/**
 * Publishes every changed schema as a new version under {@code schemas/published}, refusing a change that
 * is not BACKWARD compatible with all published versions. Run: {@code ./mvnw -q -pl schemas compile exec:java}.
 */
public final class PublishSchemas {

    private PublishSchemas() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "schemas/published");
        int failures = 0;
        for (Schema schema : SchemaCatalog.current()) {
            List<SchemaCatalog.Published> versions = SchemaCatalog.published(root, schema.getName());
            if (!versions.isEmpty() && versions.get(versions.size() - 1).schema().equals(schema)) {
                System.out.println(schema.getName() + ": unchanged (v" + versions.get(versions.size() - 1).version() + ")");
                continue;
            }
            boolean compatible = true;
            for (SchemaCatalog.Published old : versions) {
                List<String> problems = Compatibility.backwardProblems(schema, old.schema());
                if (!problems.isEmpty()) {
                    compatible = false;
                    System.err.println(schema.getName() + " cannot read v" + old.version() + ": " + problems);
                }
            }
            if (!compatible) {
                failures++;
                continue;
            }
            int next = versions.isEmpty() ? 1 : versions.get(versions.size() - 1).version() + 1;
            Path file = root.resolve(schema.getName()).resolve("v" + next + ".avsc");
            Files.createDirectories(file.getParent());
            Files.writeString(file, schema.toString(true) + "\n", StandardCharsets.UTF_8);
            System.out.println(schema.getName() + ": published v" + next + " -> " + file);
        }
        if (failures > 0) {
            System.exit(1);
        }
    }
}
