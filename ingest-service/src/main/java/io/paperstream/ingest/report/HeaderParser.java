package io.paperstream.ingest.report;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the header values: "2025-09-16 18:28:13" (taken as UTC) and "22篇". */
final class HeaderParser {
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
                    + "(?:[T\\s]*(\\d{1,2})\\s*[:时]\\s*(\\d{1,2})(?:\\s*[:分]\\s*(\\d{1,2}))?)?");
    private static final Pattern COUNT = Pattern.compile("^\\s*(\\d{1,9})\\s*(?:篇|papers?)?\\s*$");

    private HeaderParser() {
    }

    static Optional<Instant> generatedAt(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = DATE_TIME.matcher(StructuralText.foldFullWidth(text));
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            LocalDateTime time = LocalDateTime.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    intOrZero(m.group(4)), intOrZero(m.group(5)), intOrZero(m.group(6)));
            return Optional.of(time.toInstant(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static Optional<Integer> declaredCount(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = COUNT.matcher(StructuralText.foldFullWidth(text));
        return m.matches() ? Optional.of(Integer.valueOf(m.group(1))) : Optional.empty();
    }

    private static int intOrZero(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }
}
