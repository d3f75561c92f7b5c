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
}
