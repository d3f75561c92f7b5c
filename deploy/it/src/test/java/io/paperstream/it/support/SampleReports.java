package io.paperstream.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** The real sample reports shipped beside the repository in ../shared/reports. */
public final class SampleReports {

    private SampleReports() {
    }

    public static Path folder() {
        Path dir = Path.of(System.getProperty("paperstream.reports", "../../../shared/reports"));
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("Sample reports not found at " + dir.toAbsolutePath()
                    + " (set -Dpaperstream.reports=DIR)");
        }
        return dir;
    }

    public static List<Path> all() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a report into a watched folder the way users should: write under a temp name, then rename. */
    public static Path drop(Path report, Path inbox, String name) {
        try {
            Path temp = inbox.resolve(name + ".part");
            Files.copy(report, temp, StandardCopyOption.REPLACE_EXISTING);
            return Files.move(temp, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
