package io.paperstream.ingest.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
  * Chooses a charset for a report from a bounded prefix of its bytes and returns a streaming Reader.
  *
  * <p>Order: byte-order mark (UTF-8, UTF-16), strict UTF-8, strict GB18030 (a superset of GBK and GB2312),
  * then UTF-8 with replacement if only a few bytes are bad. Only the prefix is held in memory.
  */
public final class ReportDecoder {
    public static final int DEFAULT_PREFIX_BYTES = 64 * 1024;
    public static final Charset GB18030 = Charset.forName("GB18030");

    private static final int HEX_EXCERPT_BYTES = 64;
    /** Share of replaced characters above which a prefix is garbage rather than text with a few bad bytes. */
    private static final double MAX_REPLACED_SHARE = 0.01;
    /** Share of control characters above which decoded "text" is really binary. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    private final int prefixBytes;

    public ReportDecoder() {
        this(DEFAULT_PREFIX_BYTES);
    }

    public ReportDecoder(int prefixBytes) {
        if (prefixBytes < 16) {
            throw new IllegalArgumentException("prefixBytes must be at least 16, was " + prefixBytes);
        }
        this.prefixBytes = prefixBytes;
    }

    public Decoding decode(InputStream in) throws IOException {
        byte[] prefix = in.readNBytes(prefixBytes);
        if (prefix.length == 0) {
            return new Decoding.Empty();
        }
        boolean wholeFile = prefix.length < prefixBytes;

        Charset bomCharset = byteOrderMarkCharset(prefix);
        if (bomCharset != null) {
            int bomLength = bomCharset.equals(StandardCharsets.UTF_8) ? 3 : 2;
            return new Decoding.Text(reader(prefixAgain(in, prefix, bomLength), bomCharset), bomCharset, true, false);
        }
        if (containsNul(prefix)) {
            return binary("contains NUL bytes", prefix);
        }
        for (Charset candidate : new Charset[] {StandardCharsets.UTF_8, GB18030}) {
            ByteBuffer bytes = ByteBuffer.wrap(prefix);
            CharBuffer decoded = decodeStrictly(bytes, candidate, wholeFile);
            if (decoded != null) {
                if (controlShare(decoded) > MAX_CONTROL_SHARE) {
                    return binary("mostly control characters", prefix);
                }
                // the prefix had no bad bytes, so decoding it with replacement would give the same characters; a
                // character cut by the prefix's end is decoded with the rest
                Reader rest = reader(prefixAgain(in, prefix, bytes.position()), candidate);
                return new Decoding.Text(new DecodedPrefixReader(decoded, rest), candidate, false, false);
            }
        }
        CharBuffer lenient = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(ByteBuffer.wrap(prefix));
        if (replacedShare(lenient) <= MAX_REPLACED_SHARE && controlShare(lenient) <= MAX_CONTROL_SHARE) {
            return new Decoding.Text(reader(prefixAgain(in, prefix, 0), StandardCharsets.UTF_8), StandardCharsets.UTF_8, false, true);
        }
        return binary("bytes are neither UTF-8 nor GB18030 text", prefix);
    }

    /** The stream from {@code prefix[from]} on: the part of the prefix not used yet, then the rest of {@code in}. */
    private static InputStream prefixAgain(InputStream in, byte[] prefix, int from) throws IOException {
        // not SequenceInputStream: it closes each part it finishes, and the caller still needs its stream (digest)
        PushbackInputStream all = new PushbackInputStream(in, Math.max(1, prefix.length - from));
        all.unread(prefix, from, prefix.length - from);
        return all;
    }

    private static Reader reader(InputStream in, Charset charset) {
        // after the prefix decided the charset, a stray bad byte further on becomes U+FFFD instead of failing the file
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new InputStreamReader(in, decoder);
    }

    private static Charset byteOrderMarkCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean containsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /**
      * Decodes the prefix, tolerating only a multi-byte sequence cut off by the prefix boundary; {@code bytes} is left
      * at the first byte not decoded.
      */
    private static CharBuffer decodeStrictly(ByteBuffer bytes, Charset charset, boolean wholeFile) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = CharBuffer.allocate(bytes.remaining() + 1);
        CoderResult result = decoder.decode(bytes, chars, wholeFile);
        if (result.isError()) {
            return null;
        }
        if (wholeFile) {
            if (decoder.flush(chars).isError()) {
                return null;
            }
        } else if (bytes.remaining() > 4) {
            return null;
        }
        return chars.flip();
    }

    private static double replacedShare(CharBuffer chars) {
        return share(chars, c -> c == '\uFFFD');
    }

    private static double controlShare(CharBuffer chars) {
        return share(chars, c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f');
    }

    private static double share(CharBuffer chars, CharPredicate predicate) {
        int total = chars.remaining();
        if (total == 0) {
            return 0;
        }
        int matching = 0;
        for (int i = chars.position(); i < chars.limit(); i++) {
            if (predicate.test(chars.get(i))) {
                matching++;
            }
        }
        return (double) matching / total;
    }

    private static Decoding.Binary binary(String why, byte[] prefix) {
        int shown = Math.min(HEX_EXCERPT_BYTES, prefix.length);
        String hex = HexFormat.ofDelimiter(" ").formatHex(prefix, 0, shown);
        return new Decoding.Binary("not text: " + why, hex);
    }

    @FunctionalInterface
    private interface CharPredicate {
        boolean test(char c);
    }
}
