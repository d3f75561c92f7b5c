package io.paperstream.enrich.text;

import io.paperstream.enrich.PaperText;

/**
 * A paper's title, brief and abstract, each folded, segmented and matched once; the institutions
 * line stays raw because only the institution normaliser reads it, with its own dictionary.
 */
public record AnalysedPaper(AnalysedText title, AnalysedText brief, AnalysedText abstractText, String institutions) {

    public static AnalysedPaper of(PaperText paper, TermMatcher<?> vocabulary) {
        return new AnalysedPaper(AnalysedText.of(paper.title(), vocabulary),
                AnalysedText.of(paper.brief(), vocabulary),
                AnalysedText.of(paper.abstractText(), vocabulary),
                paper.institutions());
    }

    public AnalysedText field(Field field) {
        return switch (field) {
            case TITLE -> title;
            case BRIEF -> brief;
            case ABSTRACT -> abstractText;
        };
    }
}
