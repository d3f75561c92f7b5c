package io.paperstream.ingest.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
  * Hashes a report's bytes while the parser reads them, so hashing and parsing take one pass.
  * Give {@link #stream()} to the parser, then ask for the hash: any bytes the parser left unread
  * (it stops early on a rejected file) are read first, so the hash always covers the whole file.
  */
public final class ContentDigest {
    public static final int REPORT_ID_HEX_CHARS = 16;

    private final DigestInputStream stream;
    private String sha256Hex;

    private ContentDigest(InputStream in) {
        this.stream = new DigestInputStream(in, sha256());
    }

    public static ContentDigest wrap(InputStream in) {
        return new ContentDigest(in);
    }

    public InputStream stream() {
        return stream;
    }

    /** Full SHA-256 of the stream's bytes, lowercase hex; reads the rest of the stream if needed. */
    public String sha256Hex() throws IOException {
        if (sha256Hex == null) {
            stream.transferTo(OutputStream.nullOutputStream());
            sha256Hex = HexFormat.of().formatHex(stream.getMessageDigest().digest());
        }
        return sha256Hex;
    }

    /** The report id: the first 16 hex digits of {@link #sha256Hex()}. */
    public String reportId() throws IOException {
        return sha256Hex().substring(0, REPORT_ID_HEX_CHARS);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
