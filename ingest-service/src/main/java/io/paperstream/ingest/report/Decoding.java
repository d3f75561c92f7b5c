package io.paperstream.ingest.report;

import java.io.Reader;
import java.nio.charset.Charset;

/** What {@link ReportDecoder} made of a byte stream. */
public sealed interface Decoding {

    /** Text in {@code charset}; {@code lenient} when invalid sequences are being replaced rather than rejected. */
    record Text(Reader reader, Charset charset, boolean byteOrderMark, boolean lenient) implements Decoding {
    }

    /** No bytes at all. */
    record Empty() implements Decoding {
    }

    /** Bytes that are not text in any charset we accept; {@code hexExcerpt} shows the first bytes. */
    record Binary(String message, String hexExcerpt) implements Decoding {
    }
}
