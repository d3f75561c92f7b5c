package io.paperstream.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SplitCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path REPORT_002 =
            Path.of(System.getProperty("paperstream.reports", "../../shared/reports"), "002_ee340ae9bd814c68.txt");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... files) {
        return SplitCommand.run(files, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> outputLines() throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    @Test
    void printsOneJsonLinePerPaperAndRejection() throws Exception {
        int exit = run(REPORT_002.toString());

        assertThat(exit).isZero();
        List<JsonNode> lines = outputLines();
        assertThat(lines).hasSize(28);
        assertThat(lines).filteredOn(l -> l.get("type").asText().equals("paper")).hasSize(27);

        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(REPORT_002)));
        JsonNode first = lines.get(0);
        assertThat(first.get("entry").asInt()).isEqualTo(1);
        assertThat(first.get("paperId").asText()).matches("[0-9a-f]{16}");
        assertThat(first.get("title").asText()).isEqualTo("3DOF+Quantization: 3DGS quantization for large scenes with limited Degrees of Freedom");
        assertThat(first.get("rawTitle").asText()).isEqualTo(first.get("title").asText());
        assertThat(first.get("brief").asText()).startsWith("Orange Innovation发布了");
        assertThat(first.get("abstractText").asText()).startsWith("3DGS [Kerbl et al., 2023]");
        assertThat(first.get("institutions").asText()).isEqualTo("Stéphane PATEUX Théo LADUNE Orange Innovation");
        assertThat(first.get("authorCount").asInt()).isEqualTo(1);
        assertThat(first.get("file").asText()).isEqualTo("002_ee340ae9bd814c68.txt");
        assertThat(first.get("report").asText()).isEqualTo(sha256.substring(0, 16));
        assertThat(first.get("contentSha256").asText()).isEqualTo(sha256);
        assertThat(first.get("reportGeneratedAt").asText()).isEqualTo("2025-09-10T17:05:02Z");

        JsonNode rejection = lines.get(27);
        assertThat(rejection.get("type").asText()).isEqualTo("rejection");
        assertThat(rejection.get("reasonCode").asText()).isEqualTo("placeholder-entry");
        assertThat(rejection.get("entry").asInt()).isEqualTo(2);
        assertThat(rejection.get("message").asText()).isNotBlank();
        assertThat(rejection.get("excerpt").asText()).contains("请提供");

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("002_ee340ae9bd814c68.txt: papers=27 rejected=1 warnings=0");
    }

    @Test
    void rejectedFileGivesExitCodeOneAndARejectionLine(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));

        int exit = run(REPORT_002.toString(), empty.toString());

        assertThat(exit).isEqualTo(SplitCommand.FILE_REJECTED);
        List<JsonNode> lines = outputLines();
        assertThat(lines).hasSize(29);
        JsonNode last = lines.get(28);
        assertThat(last.get("type").asText()).isEqualTo("rejection");
        assertThat(last.get("reasonCode").asText()).isEqualTo("empty-file");
        assertThat(last.get("entry").isNull()).isTrue();
        assertThat(last.get("file").asText()).isEqualTo("empty.txt");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("empty.txt: rejected (empty-file)");
    }

    @Test
    void usageErrors(@TempDir Path dir) {
        assertThat(run()).isEqualTo(SplitCommand.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: ingest-service split FILE");

        err.reset();
        assertThat(run(REPORT_002.toString(), dir.resolve("missing.txt").toString())).isEqualTo(SplitCommand.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read").contains("missing.txt");
        assertThat(out.size()).isZero();

        err.reset();
        assertThat(run(dir.toString())).isEqualTo(SplitCommand.USAGE_ERROR);
    }
}
