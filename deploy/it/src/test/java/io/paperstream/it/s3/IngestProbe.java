package io.paperstream.it.s3;

import com.fasterxml.jackson.databind.JsonNode;
import io.paperstream.ingest.report.ParseOutcome;
import io.paperstream.ingest.report.ParsedReport;
import io.paperstream.ingest.report.ReportParser;
import io.paperstream.it.support.Http;
import io.paperstream.it.support.Pipeline;
import io.paperstream.schemas.PaperIngested;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** What an ingest-only pipeline has published and what its /files endpoint says. */
final class IngestProbe {

    private IngestProbe() {
    }

    static List<PaperIngested> papers(Pipeline pipeline) {
        return pipeline.papersIngested().stream().map(ConsumerRecord::value).toList();
    }

    /** The /files entry with this name; names may hold spaces or slashes, so the list is searched. */
    static Optional<JsonNode> file(Pipeline pipeline, String name) {
        Http.Response r = Http.get(pipeline.ingestUrl() + "/files");
        if (r.status() != 200) {
            throw new IllegalStateException("GET /files answered " + r.status() + ": " + r.raw().body());
        }
        return StreamSupport.stream(r.body().get("items").spliterator(), false)
                .filter(item -> item.get("name").asText().equals(name)).findFirst();
    }

    static String stateOf(Pipeline pipeline, String name) {
        return file(pipeline, name).map(f -> f.get("state").asText()).orElse("absent");
    }

    /** The paper count the parser itself finds in a sample report, independent of the pipeline. */
    static int papersIn(Path report) {
        try (InputStream in = Files.newInputStream(report)) {
            ParseOutcome outcome = ReportParser.parse(in);
            if (!(outcome instanceof ParsedReport parsed)) {
                throw new IllegalStateException(report + " is not a valid report: " + outcome);
            }
            return parsed.papers().size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
