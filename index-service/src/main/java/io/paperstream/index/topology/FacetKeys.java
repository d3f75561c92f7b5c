package io.paperstream.index.topology;

/**
 * Composite keys of the facet store: {@code <facet>\u0000<value>\u0000<paperId>}. Every paper with a
 * facet value is one key, so a facet is read with a prefix or range scan in paper-id order and no
 * value ever grows with the number of papers.
 */
public final class FacetKeys {

    public static final char SEPARATOR = '\u0000';

    private FacetKeys() {
    }

    public static String entry(Facet facet, String normalisedValue, String paperId) {
        return prefix(facet, normalisedValue) + paperId;
    }

    /** Every key of one facet value starts with this. */
    public static String prefix(Facet facet, String normalisedValue) {
        return facet.parameter() + SEPARATOR + normalisedValue + SEPARATOR;
    }

    /** The paper id at the end of a facet key. */
    public static String paperIdOf(String key) {
        return key.substring(key.lastIndexOf(SEPARATOR) + 1);
    }

    /** Key of the paper count of one facet value in the facet-counts store. */
    public static String count(Facet facet, String normalisedValue) {
        return facet.parameter() + SEPARATOR + normalisedValue;
    }

    /** Every count key of one facet starts with this. */
    public static String countPrefix(Facet facet) {
        return facet.parameter() + SEPARATOR;
    }

    /** Key of one report entry in the report-entries store; entries sort numerically within a report. */
    public static String reportEntry(String reportId, int entry) {
        return reportId + SEPARATOR + String.format("%06d", entry);
    }

    public static String reportEntryPrefix(String reportId) {
        return reportId + SEPARATOR;
    }
}
