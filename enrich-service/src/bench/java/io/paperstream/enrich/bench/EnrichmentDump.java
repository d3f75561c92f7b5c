package io.paperstream.enrich.bench;

import io.paperstream.enrich.Enricher;
import io.paperstream.enrich.Enrichment;
import io.paperstream.enrich.PaperText;
import io.paperstream.enrich.eval.Evaluate;
import io.paperstream.enrich.eval.LabelledPaper;
import io.paperstream.enrich.eval.LabelledSet;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes every field of the enrichment of each labelled paper, and of a few thousand perturbed
 * copies of them, one paper per line. A speedup must leave this dump byte-identical: compare the
 * file written before a change with the one written after it.
 *
 * <p>Run after {@code ./mvnw -Pbench -pl enrich-service test-compile}:
 * {@code java -cp <test classpath> io.paperstream.enrich.bench.EnrichmentDump out.txt}.
 */
public final class EnrichmentDump {

    /** Characters that the rules react to, sprinkled into texts so the perturbed copies reach odd branches. */
    private static final String TRICKY = "0123456789.,;:()（）%x×-~ 倍至到从由的分点秒、，。toandbyfromupB/";

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

    /** The labelled papers, then perturbed copies: fields swapped, truncated, case changed, full-width, noisy. */
    static List<PaperText> texts() {
        List<PaperText> labelled = LabelledSet.read(Evaluate.locateDefault()).stream().map(LabelledPaper::text).toList();
        List<PaperText> all = new ArrayList<>(labelled);
        Random random = new Random(20261102);
        for (int p = 0; p < labelled.size(); p++) {
            PaperText t = labelled.get(p);
            PaperText other = labelled.get((p + 1) % labelled.size());
            all.add(new PaperText(t.brief(), t.abstractText(), t.title(), t.institutions()));
            all.add(new PaperText(t.abstractText(), t.title(), t.brief(), t.brief()));
            all.add(new PaperText(t.title(), t.abstractText(), t.brief(), t.abstractText()));
            all.add(new PaperText(upper(t.title()), upper(t.brief()), upper(t.abstractText()), upper(t.institutions())));
            all.add(new PaperText(lower(t.title()), lower(t.brief()), lower(t.abstractText()), lower(t.institutions())));
            all.add(new PaperText(fullWidth(t.title()), fullWidth(t.brief()), fullWidth(t.abstractText()),
                    fullWidth(t.institutions())));
            all.add(new PaperText(t.title() + " " + other.title(), join(t.brief(), other.brief()),
                    join(t.abstractText(), other.abstractText()), join(t.institutions(), other.institutions())));
            for (int cut = 1; cut < 8; cut++) {
                all.add(new PaperText(cut(t.title(), cut), cut(t.brief(), cut), cut(t.abstractText(), cut),
                        cut(t.institutions(), cut)));
            }
            for (int n = 0; n < 12; n++) {
                all.add(new PaperText(noisy(t.title(), random), noisy(t.brief(), random), noisy(t.abstractText(), random),
                        noisy(t.institutions(), random)));
            }
        }
        return all;
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + " " + b;
    }

    /** Full-width digits, letters and punctuation, as some Chinese sources write them. */
    private static String fullWidth(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c > ' ' && c < 127 ? (char) (c + 0xFEE0) : c);
        }
        return b.toString();
    }

    /** The first {@code eighths}/8 of the text, so a cut falls inside words, numbers and sentences. */
    private static String cut(String s, int eighths) {
        return s == null ? null : s.substring(0, s.length() * eighths / 8);
    }

    /** A few characters replaced, inserted or removed, drawing from the characters the rules look at. */
    private static String noisy(String s, Random random) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s);
        int edits = 1 + s.length() / 40;
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(b.length());
            char c = TRICKY.charAt(random.nextInt(TRICKY.length()));
            switch (random.nextInt(3)) {
                case 0 -> b.setCharAt(at, c);
                case 1 -> b.insert(at, c);
                default -> {
                    if (b.length() > 1) {
                        b.deleteCharAt(at);
                    }
                }
            }
        }
        return b.toString();
    }
}
