package io.paperstream.ingest.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {

    private static List<String> lines(BoundedLineReader reader) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line; (line = reader.readLine()) != null; ) {
            lines.add(line);
        }
        return lines;
    }

    @Test
    void splitsOnLfCrlfAndLoneCr() throws IOException {
        BoundedLineReader reader = new BoundedLineReader(new StringReader("a\nb\r\nc\rd\r\n\re"), 100);

        assertThat(lines(reader)).containsExactly("a", "b", "c", "d", "", "e");
        assertThat(reader.lastLineTerminated()).isFalse();
        assertThat(reader.lineNumber()).isEqualTo(6);
    }

    @Test
    void crlfSplitAcrossReadsIsOneLineEnd() throws IOException {
        // a reader handing out one character per read puts CR and LF in different buffer fills
        Reader trickle = new StringReader("one\r\ntwo\r\n") {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                return super.read(buffer, offset, Math.min(1, length));
            }
        };
        BoundedLineReader reader = new BoundedLineReader(trickle, 100);

        assertThat(lines(reader)).containsExactly("one", "two");
        assertThat(reader.lastLineTerminated()).isTrue();
    }

    @Test
    void refusesALineLongerThanTheLimit() throws IOException {
        BoundedLineReader reader = new BoundedLineReader(new StringReader("short\n" + "x".repeat(50) + "\nnever read\n"), 10);

        assertThat(reader.readLine()).isEqualTo("short");
        assertThat(reader.readLine()).isNull();
        assertThat(reader.lineTooLong()).isTrue();
        assertThat(reader.overlongStart()).isEqualTo("x".repeat(11));
        assertThat(reader.readLine()).isNull();
    }

    @Test
    void lineOfExactlyTheLimitIsAccepted() throws IOException {
        BoundedLineReader reader = new BoundedLineReader(new StringReader("x".repeat(10) + "\n"), 10);

        assertThat(lines(reader)).containsExactly("x".repeat(10));
        assertThat(reader.lineTooLong()).isFalse();
    }

    @Test
    void givesTheSameLinesWhateverSizeTheReadsAre() throws IOException {
        java.util.Random random = new java.util.Random(11);
        String[] pieces = {"a", "bc", "长", "\n", "\r", "\r\n", "\n\n", "x".repeat(40), "y".repeat(9000)};
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            for (int p = random.nextInt(30); p >= 0; p--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            int maxLineLength = random.nextBoolean() ? 20_000 : 1 + random.nextInt(60);
            int maxRead = 1 + random.nextInt(random.nextBoolean() ? 5 : 10_000);
            Reader chunked = new StringReader(text.toString()) {
                @Override
                public int read(char[] buffer, int offset, int length) throws IOException {
                    return super.read(buffer, offset, Math.min(maxRead, length));
                }
            };
            BoundedLineReader reader = new BoundedLineReader(chunked, maxLineLength);
            List<String> expected = new ArrayList<>();
            String refused = expectedLines(text.toString(), maxLineLength, expected);

            assertThat(lines(reader)).as("round %d", round).isEqualTo(expected);
            assertThat(reader.lineTooLong()).isEqualTo(refused != null);
            assertThat(reader.overlongStart()).isEqualTo(refused == null ? "" : refused);
            assertThat(reader.lineNumber()).isEqualTo(expected.size());
            if (refused == null) {
                assertThat(reader.lastLineTerminated()).isEqualTo(text.length() == 0 || "\r\n".indexOf(text.charAt(text.length() - 1)) >= 0);
            }
        }
    }

    /** The lines of {@code text} as the reader's contract describes them; returns the refused line's excerpt, if any. */
    private static String expectedLines(String text, int maxLineLength, List<String> lines) {
        String[] split = text.split("\r\n|\r|\n", -1);
        int count = text.isEmpty() || "\r\n".indexOf(text.charAt(text.length() - 1)) >= 0 ? split.length - 1 : split.length;
        for (int i = 0; i < count; i++) {
            if (split[i].length() > maxLineLength) {
                return Excerpt.of(split[i].substring(0, maxLineLength + 1));
            }
            lines.add(split[i]);
        }
        return null;
    }
}
