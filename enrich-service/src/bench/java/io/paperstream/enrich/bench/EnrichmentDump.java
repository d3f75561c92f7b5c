package io.paperstream.enrich.bench;

import io.paperstream.enrich.Enricher;
import io.paperstream.enrich.Enrichment;
import io.paperstream.enrich.PaperText;
import io.paperstream.enrich.PerturbedPapers;
import io.paperstream.enrich.eval.Evaluate;
import io.paperstream.enrich.eval.LabelledPaper;
import io.paperstream.enrich.eval.LabelledSet;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes every field of the enrichment of each labelled paper, and of a few thousand perturbed
 * copies of them, one paper per line. A speedup must leave this dump byte-identical: compare the
 * file written before a change with the one written after it.
 *
 * <p>Run after {@code ./mvnw -Pbench -pl enrich-service test-compile}:
 * {@code java -cp <test classpath> io.paperstream.enrich.bench.EnrichmentDump out.txt}.
 */
public final class EnrichmentDump {

    private EnrichmentDump() {
    }

    public static void main(String[] args) throws IOException {
        Enricher enricher = Enricher.fromClasspath();
        List<PaperText> papers = texts();
        try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(args[0])), false, StandardCharsets.UTF_8)) {
            for (int i = 0; i < papers.size(); i++) {
                out.println(i + "\t" + describe(enricher.enrich(papers.get(i))));
            }
        }
        System.out.println(papers.size() + " papers written to " + args[0]);
    }

    static String describe(Enrichment e) {
        // the Avro records print every field, evidence included
        return "techniques=" + e.techniques() + " claims=" + e.claims() + " modality=" + e.modality()
                + " institutions=" + e.institutions() + " models=" + e.models() + " codeUrls=" + e.codeUrls();
    }

    /** The labelled papers, then damaged copies of them ({@link PerturbedPapers}). */
    static List<PaperText> texts() {
        return PerturbedPapers.of(LabelledSet.read(Evaluate.locateDefault()).stream().map(LabelledPaper::text).toList(),
                20261102);
    }
}
