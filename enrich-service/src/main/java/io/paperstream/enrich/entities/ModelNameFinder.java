package io.paperstream.enrich.entities;

import io.paperstream.enrich.text.DataFile;
import io.paperstream.enrich.text.TermMatcher;
import io.paperstream.enrich.text.TermMatcher.Hit;
import io.paperstream.enrich.text.TextFolding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds model names: a curated family ("Llama", "SDXL") extended over the version and size that
 * follow it ("Llama-3.1-8B-Instruct"), plus any capitalised name ending in a parameter count
 * ("Foo-13B").
 */
public final class ModelNameFinder {

    public record Mention(int start, int end, String name) {
    }

    private record Family(String name, boolean exactCase) {
    }

    private static final Pattern SIZED_NAME =
            Pattern.compile("(?<![\\w.-])[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*-\\d+(?:\\.\\d+)?[BM](?![\\w])");

    private final TermMatcher<Family> families;

    private ModelNameFinder(TermMatcher<Family> families) {
        this.families = families;
    }

    public static ModelNameFinder fromClasspath() {
        TermMatcher.Builder<Family> builder = TermMatcher.builder();
        for (DataFile.Row row : DataFile.read("/enrich/models.tsv")) {
            if (!row.cell(0).equals("family")) {
                throw new IllegalArgumentException(row.file() + ":" + row.line() + ": unknown record type " + row.cell(0));
            }
            boolean exactCase = row.cells().size() > 2 && row.cell(2).equals("case");
            builder.add(row.cell(1) + "*", new Family(row.cell(1), exactCase));
        }
        return new ModelNameFinder(builder.build());
    }

    /** Mentions in text order, without overlaps. */
    public List<Mention> find(String text, String folded) {
        List<Mention> mentions = new ArrayList<>();
        List<Hit<Family>> hits = families.findAll(folded);
        hits.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        int coveredUntil = -1;
        for (Hit<Family> hit : hits) {
            Family family = hit.payload();
            // "FLUX" and "Flux" fold alike; a case-sensitive family only matches its own spelling
            if (hit.start() < coveredUntil || family.exactCase && !text.startsWith(family.name, hit.start())) {
                continue;
            }
            if (hit.end() < text.length() && !continuesAsVersion(text, hit.end())) {
                continue;
            }
            int end = extend(text, hit.end());
            coveredUntil = end;
            mentions.add(new Mention(hit.start(), end, text.substring(hit.start(), end)));
        }
        Matcher sized = SIZED_NAME.matcher(text);
        while (sized.find()) {
            int start = sized.start();
            int end = sized.end();
            if (mentions.stream().noneMatch(m -> m.start() < end && start < m.end())) {
                mentions.add(new Mention(start, end, sized.group()));
            }
        }
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return mentions;
    }

    /** Distinct names in order of first mention; the first spelling wins. */
    public List<String> distinctNames(String... texts) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (Mention m : find(text, TextFolding.fold(text))) {
                byKey.putIfAbsent(m.name().toLowerCase(Locale.ROOT), m.name());
            }
        }
        return List.copyOf(byKey.values());
    }

    private static boolean continuesAsVersion(String text, int at) {
        char c = text.charAt(at);
        if (!(c < 128 && Character.isLetter(c))) {
            return true;
        }
        // a letter right after the family name starts another word ("GPTQ", "Phillips"), except a
        // 'v' followed by a digit, which is a version (YOLOv8, DINOv2)
        return (c == 'v' || c == 'V') && at + 1 < text.length() && Character.isDigit(text.charAt(at + 1));
    }

    private static int extend(String text, int from) {
        int end = from;
        while (end < text.length()) {
            char c = text.charAt(end);
            boolean joiner = c == '-' || c == '.' || c == '_';
            if (TextFolding.isAsciiWordChar(c) || joiner && end + 1 < text.length()
                    && TextFolding.isAsciiWordChar(text.charAt(end + 1))) {
                end++;
            } else {
                break;
            }
        }
        return end;
    }
}
