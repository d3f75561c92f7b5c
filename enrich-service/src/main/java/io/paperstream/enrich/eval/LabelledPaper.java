package io.paperstream.enrich.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.paperstream.enrich.PaperText;

import java.util.List;

/** One hand-labelled paper of eval/labelled.jsonl: its texts and what enrichment should find. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LabelledPaper(String id, String title, String brief, String abstractText, String institutions,
                            List<String> institutionNames, List<String> techniques, List<String> modality,
                            List<ExpectedClaim> claims, String note) {

    /** A claim as labelled; matching uses source, kind and value, the rest is informative. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ExpectedClaim(String source, String kind, double value, Double low, String unit, String target) {
    }

    public PaperText text() {
        return new PaperText(title, brief, abstractText, institutions);
    }

    public List<String> techniques() {
        return techniques == null ? List.of() : techniques;
    }

    /** Whether the paper's techniques are labelled: every paper has at least one, if only {@code other}. */
    public boolean labelsTechniques() {
        return techniques != null && !techniques.isEmpty();
    }

    /** Whether the paper's claims are labelled; an empty list says it makes none. */
    public boolean labelsClaims() {
        return claims != null;
    }

    /**
     * The institutions enrichment should name, canonical where the curated list knows them; null when
     * not labelled. Independent organisations only: a university's schools, labs and centres are not.
     */
    public List<String> institutionNames() {
        return institutionNames;
    }

    /** The modalities a reader would accept for the paper, the best fit first; empty when not labelled. */
    public List<String> modality() {
        return modality == null ? List.of() : modality;
    }

    /** The labelled claims; empty when the paper makes none or its claims are not labelled ({@link #labelsClaims()}). */
    public List<ExpectedClaim> claims() {
        return claims == null ? List.of() : claims;
    }

    /**
     * The same paper with one description ({@code "brief"} or {@code "abstract"}, a claim source) left
     * empty, as reports in the wild often have it, and without the claims that description held.
     */
    public LabelledPaper without(String description) {
        boolean brief = switch (description) {
            case "brief" -> true;
            case "abstract" -> false;
            default -> throw new IllegalArgumentException("no description '" + description + "': brief or abstract");
        };
        List<ExpectedClaim> kept = claims == null ? null
                : claims.stream().filter(c -> !description.equals(c.source())).toList();
        return new LabelledPaper(id, title, brief ? "" : this.brief, brief ? abstractText : "", institutions,
                institutionNames, techniques, modality, kept, note);
    }
}
