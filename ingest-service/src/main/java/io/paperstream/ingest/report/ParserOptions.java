package io.paperstream.ingest.report;

/**
  * Limits that keep parsing bounded whatever the input: the longest accepted line (a longer one means the
  * file is not a report), the longest text kept per field (longer text is cut, with a warning), and how
  * many leading bytes decide the charset.
  */
public record ParserOptions(int maxLineLength, int maxFieldLength, int charsetPrefixBytes) {
    public static final int DEFAULT_MAX_LINE_LENGTH = 64 * 1024;
    public static final int DEFAULT_MAX_FIELD_LENGTH = 256 * 1024;

    public ParserOptions {
        if (maxLineLength < 1 || maxFieldLength < 1) {
            throw new IllegalArgumentException("limits must be positive: maxLineLength=" + maxLineLength
                    + ", maxFieldLength=" + maxFieldLength);
        }
    }

    public static ParserOptions defaults() {
        return new ParserOptions(DEFAULT_MAX_LINE_LENGTH, DEFAULT_MAX_FIELD_LENGTH, ReportDecoder.DEFAULT_PREFIX_BYTES);
    }

    public ParserOptions withMaxLineLength(int maxLineLength) {
        return new ParserOptions(maxLineLength, maxFieldLength, charsetPrefixBytes);
    }

    public ParserOptions withMaxFieldLength(int maxFieldLength) {
        return new ParserOptions(maxLineLength, maxFieldLength, charsetPrefixBytes);
    }
}
