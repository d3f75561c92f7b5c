package io.paperstream.enrich;

/** The texts of one paper that enrichment reads; any of them may be null. */
public record PaperText(String title, String brief, String abstractText, String institutions) {
}
