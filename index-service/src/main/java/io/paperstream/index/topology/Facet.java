package io.paperstream.index.topology;

import io.paperstream.schemas.IndexedPaper;
import io.paperstream.schemas.PaperSource;
import io.paperstream.schemas.TechniqueLabel;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** A paper attribute the index can be searched by; each one is a key range of the facet store. */
public enum Facet {
    TECHNIQUE("technique", p -> p.getPaper().getTechniques().stream().map(TechniqueLabel::getId).toList()),
    INSTITUTION("institution", p -> p.getPaper().getInstitutions()),
    MODEL("model", p -> p.getPaper().getModels()),
    MODALITY("modality", p -> java.util.List.of(p.getPaper().getModality())),
    REPORT("report", p -> p.getSources().stream().map(PaperSource::getReport).toList());

    private final String parameter;
    private final Function<IndexedPaper, Collection<String>> values;

    Facet(String parameter, Function<IndexedPaper, Collection<String>> values) {
        this.parameter = parameter;
        this.values = values;
    }

    /** The query parameter and the key prefix of this facet. */
    public String parameter() {
        return parameter;
    }

    /**
     * The paper's values for this facet: normalised value to the value as first written; empty for a null
     * paper.
     */
    public Map<String, String> valuesOf(IndexedPaper paper) {
        Map<String, String> out = new LinkedHashMap<>();
        if (paper != null) {
            for (String value : values.apply(paper)) {
                String normalised = normalise(value);
                if (!normalised.isEmpty()) {
                    out.putIfAbsent(normalised, value.strip());
                }
            }
        }
        return out;
    }

    /**
     * Facet values match case-insensitively; control characters are dropped because U+0000 separates the
     * parts of a composite key.
     */
    public static String normalise(String value) {
        if (value == null) {
            return "";
        }
        // Called for every facet value of every paper indexed or scanned: no regex, and no copy when the
        // value has no control characters (the usual case). Control means ASCII control, as \p{Cntrl}.
        String cleaned = value;
        for (int i = 0; i < value.length(); i++) {
            if (isAsciiControl(value.charAt(i))) {
                StringBuilder kept = new StringBuilder(value.length());
                for (int j = 0; j < value.length(); j++) {
                    if (!isAsciiControl(value.charAt(j))) {
                        kept.append(value.charAt(j));
                    }
                }
                cleaned = kept.toString();
                break;
            }
        }
        return cleaned.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isAsciiControl(char c) {
        return c < 0x20 || c == 0x7f;
    }
}
