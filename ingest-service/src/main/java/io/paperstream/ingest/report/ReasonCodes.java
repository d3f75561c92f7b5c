package io.paperstream.ingest.report;

/** Machine-readable reasons for rejections, shared with the Rejection event's {@code reasonCode}. */
public final class ReasonCodes {
    public static final String EMPTY_FILE = "empty-file";
    public static final String BINARY_FILE = "binary-file";
    public static final String NOT_A_REPORT = "not-a-report";
    public static final String LINE_TOO_LONG = "line-too-long";

    public static final String NO_TITLE = "no-title";
    public static final String PLACEHOLDER_ENTRY = "placeholder-entry";
    public static final String EMPTY_ENTRY = "empty-entry";

    private ReasonCodes() {
    }
}
