package io.paperstream.schemas.compat;

import io.paperstream.schemas.EnrichedPaper;
import io.paperstream.schemas.FileState;
import io.paperstream.schemas.IndexedPaper;
import io.paperstream.schemas.PaperIngested;
import io.paperstream.schemas.Rejection;
import io.paperstream.schemas.ReportSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.avro.Schema;

/**
 * The schemas written to Kafka, and their published versions kept in {@code schemas/published/<Name>/vN.avsc}
 * (self-contained JSON). A published version is never edited; a changed schema is published as vN+1.
 */
public final class SchemaCatalog {

    private static final Pattern VERSION_FILE = Pattern.compile("v(\\d+)\\.avsc");

    private SchemaCatalog() {
    }

    /** Every top-level record schema that goes on a topic or into a changelog. */
    public static List<Schema> current() {
        return List.of(PaperIngested.getClassSchema(), EnrichedPaper.getClassSchema(), ReportSummary.getClassSchema(),
                FileState.getClassSchema(), Rejection.getClassSchema(), IndexedPaper.getClassSchema());
    }

    public record Published(int version, Path file, Schema schema) {
    }

    /** The published versions of a schema, oldest first; empty if none. */
    public static List<Published> published(Path root, String name) {
        Path dir = root.resolve(name);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Published> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Matcher m = VERSION_FILE.matcher(file.getFileName().toString());
                if (m.matches()) {
                    out.add(new Published(Integer.parseInt(m.group(1)), file,
                            new Schema.Parser().parse(Files.readString(file, StandardCharsets.UTF_8))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(Comparator.comparingInt(Published::version));
        return out;
    }
}
