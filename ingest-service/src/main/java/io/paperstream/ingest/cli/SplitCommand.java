package io.paperstream.ingest.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paperstream.ingest.report.ContentDigest;
import io.paperstream.ingest.report.EntryRejection;
import io.paperstream.ingest.report.FileRejection;
import io.paperstream.ingest.report.ParseOutcome;
import io.paperstream.ingest.report.ParsedPaper;
import io.paperstream.ingest.report.ParsedReport;
import io.paperstream.ingest.report.ReportParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
  * {@code ingest-service split FILE…}: shows, without Kafka, what ingest would emit for report files.
  * One JSON line per paper event and per rejection on {@code out}; a summary line per file on {@code err}.
  */
public final class SplitCommand {
    public static final int OK = 0;
    public static final int FILE_REJECTED = 1;
    public static final int USAGE_ERROR = 2;

    private static final ObjectMapper JSON = new ObjectMapper();

    private SplitCommand() {
    }

    public static int run(String[] files, PrintStream out, PrintStream err) {
        if (files == null || files.length == 0) {
            err.println("usage: ingest-service split FILE...  (prints the paper events and rejections each report would produce)");
            return USAGE_ERROR;
        }
        List<String> unreadable = new ArrayList<>();
        for (String file : files) {
            Path path = Path.of(file);
            if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                unreadable.add(file);
            }
        }
        if (!unreadable.isEmpty()) {
            unreadable.forEach(file -> err.println("split: cannot read " + file + ": not a readable regular file"));
            return USAGE_ERROR;
        }
        int exitCode = OK;
        for (String file : files) {
            try {
                if (!split(Path.of(file), out, err)) {
                    exitCode = FILE_REJECTED;
                }
            } catch (IOException | UncheckedIOException e) {
                err.println("split: cannot read " + file + ": " + e.getMessage());
                return USAGE_ERROR;
            }
        }
        return exitCode;
    }

    /** Returns false when the whole file is rejected. */
    private static boolean split(Path path, PrintStream out, PrintStream err) throws IOException {
        ParseOutcome outcome;
        String sha256;
        try (InputStream in = Files.newInputStream(path)) {
            ContentDigest digest = ContentDigest.wrap(in);
            outcome = ReportParser.parse(digest.stream());
            sha256 = digest.sha256Hex();
        }
        FileContext context = new FileContext(path.getFileName().toString(), sha256.substring(0, ContentDigest.REPORT_ID_HEX_CHARS), sha256);
        if (outcome instanceof FileRejection rejection) {
            out.println(rejectionLine(context, rejection.reasonCode(), rejection.message(), null, rejection.excerpt()));
            err.println(context.file() + ": rejected (" + rejection.reasonCode() + "): " + rejection.message());
            return false;
        }
        ParsedReport report = (ParsedReport) outcome;
        for (ParsedPaper paper : report.papers()) {
            out.println(paperLine(context, report, paper));
        }
        for (EntryRejection rejection : report.rejections()) {
            out.println(rejectionLine(context, rejection.reasonCode(), rejection.message(), rejection.entry(), rejection.excerpt()));
        }
        err.println(context.file() + ": papers=" + report.papers().size() + " rejected=" + report.rejections().size()
                + " warnings=" + report.warnings().size() + " charset=" + report.charset());
        report.warnings().forEach(warning -> err.println("  warning " + warning));
        return true;
    }

    private static String paperLine(FileContext context, ParsedReport report, ParsedPaper paper) {
        ObjectNode line = JSON.createObjectNode()
                .put("type", "paper")
                .put("paperId", paper.paperId())
                .put("title", paper.title())
                .put("rawTitle", paper.rawTitle())
                .put("brief", paper.brief())
                .put("abstractText", paper.abstractText())
                .put("institutions", paper.institutions())
                .put("authorCount", paper.authorCount())
                .put("file", context.file())
                .put("report", context.reportId())
                .put("entry", paper.entry())
                .put("reportGeneratedAt", report.header().generatedAt() == null ? null : report.header().generatedAt().toString())
                .put("contentSha256", context.sha256());
        return write(line);
    }

    private static String rejectionLine(FileContext context, String reasonCode, String message, Integer entry, String excerpt) {
        ObjectNode line = JSON.createObjectNode()
                .put("type", "rejection")
                .put("reasonCode", reasonCode)
                .put("message", message)
                .put("entry", entry)
                .put("excerpt", excerpt)
                .put("file", context.file())
                .put("report", context.reportId());
        return write(line);
    }

    private static String write(ObjectNode line) {
        try {
            return JSON.writeValueAsString(line);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a JSON tree built in memory", e);
        }
    }

    private record FileContext(String file, String reportId, String sha256) {
    }
}
