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
        StringBuilder line = new StringBuilder(128);
        boolean sawAnything = false;
        while (true) {
            if (position >= limit && !fill()) {
                if (!sawAnything) {
                    return null;
                }
                lastLineTerminated = false;
                lineNumber++;
                return line.toString();
            }
            char c = buffer[position++];
            if (skipLineFeed) {
                skipLineFeed = false;
                if (c == '\n') {
                    continue;
                }
            }
            if (c == '\n' || c == '\r') {
                skipLineFeed = c == '\r';
                lastLineTerminated = true;
                lineNumber++;
                return line.toString();
            }
            sawAnything = true;
            line.append(c);
            if (line.length() > maxLineLength) {
                lineTooLong = true;
                overlongStart = Excerpt.of(line);
                return null;
            }
        }
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
