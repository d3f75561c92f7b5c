package io.paperstream.index.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A paper as the API shows it; also what instances send each other. Built by {@link PaperViews}. */
public record PaperView(
        String id,
        String title,
        String rawTitle,
        String brief,
        @JsonProperty("abstract") String abstractText,
        Integer authorCount,
        String institutionsRaw,
        List<Source> sources,
        List<Technique> techniques,
        List<Claim> claims,
        String modality,
        List<String> institutions,
        List<String> models,
        List<String> codeUrls,
        String enrichmentVersion) {

    /** @param generatedAt ISO-8601 UTC, or null when the report header lacks it */
    public record Source(String file, String report, int entry, String generatedAt) {
    }

    public record Technique(String id, double score, List<Evidence> evidence) {
    }

    public record Evidence(String term, String field) {
    }

    public record Claim(String kind, double value, Double low, String unit, String target, boolean approx,
                        String model, String source, String text) {
    }
}
