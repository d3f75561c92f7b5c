package io.paperstream.ingest.report;

/** Prefixes of {@link ParsedReport#warnings()}; each warning reads "code: detail". */
public final class WarningCodes {
    public static final String MISSING_GENERATED_AT = "missing-generated-at";
    public static final String MISSING_DECLARED_COUNT = "missing-declared-count";
    public static final String UNPARSEABLE_HEADER = "unparseable-header";
    public static final String COUNT_MISMATCH = "count-mismatch";
    public static final String MISSING_DETAILS = "missing-details";
    public static final String MISSING_BRIEFS = "missing-briefs";
    public static final String TRUNCATED = "truncated";
    public static final String REPEATED_NUMBER = "repeated-number";
    public static final String DUPLICATE_ENTRY = "duplicate-entry";
    public static final String OUT_OF_ORDER = "out-of-order";
    public static final String NUMBER_MISMATCH = "number-mismatch";
    public static final String TITLE_MISMATCH = "title-mismatch";
    public static final String BRIEF_WITHOUT_DETAILS = "brief-without-details";
    public static final String DETAILS_WITHOUT_BRIEF = "details-without-brief";
    public static final String UNNUMBERED_HEADING = "unnumbered-heading";
    public static final String UNKNOWN_SECTION = "unknown-section";
    public static final String TEXT_TRUNCATED = "text-truncated";
    public static final String PLACEHOLDER_TEXT = "placeholder-text";
    public static final String LENIENT_DECODING = "lenient-decoding";

    private WarningCodes() {
    }

    static String format(String code, String detail) {
        return code + ": " + detail;
    }
}
