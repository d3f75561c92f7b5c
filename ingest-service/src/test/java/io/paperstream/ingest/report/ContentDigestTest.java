package io.paperstream.ingest.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ContentDigestTest {

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void hashesWhatTheParserReadsInTheSamePass() throws Exception {
        byte[] bytes = SampleReports.text(SampleReports.FILE_000).getBytes(StandardCharsets.UTF_8);
        ContentDigest digest = ContentDigest.wrap(new ByteArrayInputStream(bytes));

        ParseOutcome outcome = ReportParser.parse(digest.stream());

        assertThat(outcome).isInstanceOf(ParsedReport.class);
        assertThat(digest.sha256Hex()).isEqualTo(sha256(bytes));
        assertThat(digest.reportId()).isEqualTo(sha256(bytes).substring(0, 16));
    }

    @Test
    void coversTheWholeFileEvenWhenParsingStopsEarly() throws Exception {
        byte[] bytes = ("x".repeat(200_000) + "\n### 1. more text after the rejected line\n").getBytes(StandardCharsets.UTF_8);
        ContentDigest digest = ContentDigest.wrap(new ByteArrayInputStream(bytes));

        ParseOutcome outcome = ReportParser.parse(digest.stream());

        assertThat(outcome).isInstanceOfSatisfying(FileRejection.class,
                r -> assertThat(r.reasonCode()).isEqualTo(ReasonCodes.LINE_TOO_LONG));
        assertThat(digest.sha256Hex()).isEqualTo(sha256(bytes));
    }

    @Test
    void hashIsStableAcrossCalls() throws IOException {
        ContentDigest digest = ContentDigest.wrap(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)));

        assertThat(digest.sha256Hex()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(digest.sha256Hex()).isEqualTo(digest.sha256Hex());
    }
}
