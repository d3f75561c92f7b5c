package io.paperstream.ingest.report;

/**
  * Writes a parse outcome as canonical text, every field on its own line with line breaks and control characters
  * escaped, so that two runs of the parser can be compared byte for byte.
  */
final class OutcomeDump {

    private OutcomeDump() {
    }

    static void append(StringBuilder out, ParseOutcome outcome) {
        if (outcome instanceof FileRejection rejection) {
            out.append("file-rejection ").append(rejection.reasonCode()).append('\n');
            field(out, "message", rejection.message());
            field(out, "excerpt", rejection.excerpt());
            return;
        }
        ParsedReport report = (ParsedReport) outcome;
        out.append("report charset=").append(report.charset()).append('\n');
        field(out, "header.title", report.header().title());
        field(out, "header.generatedAt", String.valueOf(report.header().generatedAt()));
        field(out, "header.declaredCount", String.valueOf(report.header().declaredCount()));
        for (ParsedPaper paper : report.papers()) {
            out.append("paper ").append(paper.entry()).append('\n');
            field(out, "rawTitle", paper.rawTitle());
            field(out, "title", paper.title());
            field(out, "paperId", paper.paperId());
            field(out, "brief", paper.brief());
            field(out, "abstract", paper.abstractText());
            field(out, "institutions", paper.institutions());
            field(out, "authorCount", String.valueOf(paper.authorCount()));
        }
        for (EntryRejection rejection : report.rejections()) {
            out.append("rejection ").append(rejection.entry()).append(' ').append(rejection.reasonCode()).append('\n');
            field(out, "message", rejection.message());
            field(out, "excerpt", rejection.excerpt());
        }
        for (String warning : report.warnings()) {
            field(out, "warning", warning);
        }
    }

    static void field(StringBuilder out, String name, String value) {
        out.append("  ").append(name).append('=');
        if (value == null) {
            out.append("<null>");
        } else {
            escape(out, value);
        }
        out.append('\n');
    }

    private static void escape(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                default -> {
                    if (c < ' ' || c == '\u007F' || Character.isSurrogate(c) && !validPair(value, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** A lone surrogate would not survive UTF-8 encoding of the dump; write it as an escape instead. */
    private static boolean validPair(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
    }
}
