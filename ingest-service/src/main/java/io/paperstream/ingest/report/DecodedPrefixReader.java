package io.paperstream.ingest.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.CharBuffer;

/**
  * The characters {@link ReportDecoder} already decoded while choosing the charset, then the rest of the text:
  * the prefix is not decoded twice, which for a small report is the whole file.
  */
final class DecodedPrefixReader extends Reader {
    private final CharBuffer prefix;
    private final Reader rest;

    DecodedPrefixReader(CharBuffer prefix, Reader rest) {
        this.prefix = prefix;
        this.rest = rest;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (prefix.hasRemaining()) {
            int n = Math.min(length, prefix.remaining());
            prefix.get(buffer, offset, n);
            return n;
        }
        return rest.read(buffer, offset, length);
    }

    @Override
    public void close() throws IOException {
        rest.close();
    }
}
