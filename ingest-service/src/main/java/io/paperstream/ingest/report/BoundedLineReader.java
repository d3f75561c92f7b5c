package io.paperstream.ingest.report;

import java.io.IOException;
import java.io.Reader;

/**
  * Reads lines ending in LF, CRLF or a lone CR, refusing any line longer than a limit so that one
  * enormous line cannot exhaust memory. After {@link #readLine()} returns null, {@link #lineTooLong()}
  * tells a refused line from the end of input.
  */
final class BoundedLineReader {
    private final Reader in;
    private final int maxLineLength;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private boolean endOfInput;
    private boolean skipLineFeed;
    private boolean lastLineTerminated = true;
    private boolean lineTooLong;
    private String overlongStart = "";
    private long lineNumber;

    BoundedLineReader(Reader in, int maxLineLength) {
        if (maxLineLength < 1) {
            throw new IllegalArgumentException("maxLineLength must be positive, was " + maxLineLength);
        }
        this.in = in;
        this.maxLineLength = maxLineLength;
    }

    String readLine() throws IOException {
        if (lineTooLong) {
            return null;
        }
        StringBuilder spanning = null; // the line so far when it runs past the end of the buffer
        while (true) {
            if (position >= limit && !fill()) {
                if (spanning == null) {
                    return null;
                }
                lastLineTerminated = false;
                lineNumber++;
                return spanning.toString();
            }
            if (skipLineFeed) {
                skipLineFeed = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            int start = position;
            int end = endOfLine(start);
            int lengthSoFar = (spanning == null ? 0 : spanning.length()) + end - start;
            if (lengthSoFar > maxLineLength) {
                refuse(spanning, start);
                return null;
            }
            if (end < limit) {
                skipLineFeed = buffer[end] == '\r';
                position = end + 1;
                lastLineTerminated = true;
                lineNumber++;
                return spanning == null ? new String(buffer, start, end - start) : spanning.append(buffer, start, end - start).toString();
            }
            if (spanning == null) {
                spanning = new StringBuilder(2 * (end - start));
            }
            spanning.append(buffer, start, end - start);
            position = end;
        }
    }

    /** The index of the next CR or LF in the buffer, or its limit. */
    private int endOfLine(int from) {
        for (int i = from; i < limit; i++) {
            char c = buffer[i];
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return limit;
    }

    /** Keeps the start of the refused line: its first {@code maxLineLength + 1} characters, as far as an excerpt goes. */
    private void refuse(StringBuilder spanning, int start) {
        StringBuilder line = spanning == null ? new StringBuilder() : spanning;
        line.append(buffer, start, maxLineLength + 1 - line.length());
        lineTooLong = true;
        overlongStart = Excerpt.of(line);
    }

    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        int read = in.read(buffer, 0, buffer.length);
        if (read < 0) {
            endOfInput = true;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    boolean lineTooLong() {
        return lineTooLong;
    }

    /** The first characters of the refused line, for the rejection's excerpt. */
    String overlongStart() {
        return overlongStart;
    }

    /** False when input ended without a line terminator, a hint that the file was cut off. */
    boolean lastLineTerminated() {
        return lastLineTerminated;
    }

    long lineNumber() {
        return lineNumber;
    }
}
