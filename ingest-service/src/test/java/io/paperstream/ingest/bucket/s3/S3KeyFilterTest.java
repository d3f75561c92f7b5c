package io.paperstream.ingest.bucket.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class S3KeyFilterTest {

    private final S3KeyFilter inbox = new S3KeyFilter("reports/inbox", List.of("processed", "failed/"));
    private final S3KeyFilter wholeBucket = new S3KeyFilter("", List.of("processed", "failed"));

    @Test
    void prefixIsAFolder() {
        assertThat(S3KeyFilter.normalizePrefix("")).isEmpty();
        assertThat(S3KeyFilter.normalizePrefix(null)).isEmpty();
        assertThat(S3KeyFilter.normalizePrefix("/")).isEmpty();
        assertThat(S3KeyFilter.normalizePrefix("inbox")).isEqualTo("inbox/");
        assertThat(S3KeyFilter.normalizePrefix("/a/b/")).isEqualTo("a/b/");
        assertThat(inbox.nameOf("reports/inbox-old/x.txt")).isEmpty();
    }

    @Test
    void namesAreKeysRelativeToThePrefix() {
        assertThat(inbox.nameOf("reports/inbox/week-47.txt")).hasValue("week-47.txt");
        assertThat(inbox.nameOf("reports/inbox/2026/week 47.md")).hasValue("2026/week 47.md");
        assertThat(wholeBucket.nameOf("week-47.txt")).hasValue("week-47.txt");
        assertThat(inbox.nameOf("elsewhere/week-47.txt")).isEmpty();
        assertThat(inbox.nameOf(null)).isEmpty();
    }

    @Test
    void foldersCleanupFoldersAndIgnoredNamesAreSkipped() {
        assertThat(inbox.nameOf("reports/inbox/")).isEmpty();
        assertThat(inbox.nameOf("reports/inbox/2026/")).isEmpty();
        assertThat(inbox.nameOf("reports/inbox/processed/week-47.txt")).isEmpty();
        assertThat(inbox.nameOf("reports/inbox/failed/week-47.txt")).isEmpty();
        assertThat(wholeBucket.nameOf("processed/a/b.txt")).isEmpty();
        // only the cleanup folders directly under the prefix are ours
        assertThat(inbox.nameOf("reports/inbox/2026/processed/x.txt")).hasValue("2026/processed/x.txt");
        assertThat(inbox.nameOf("reports/inbox/processed-list.txt")).hasValue("processed-list.txt");
        assertThat(inbox.nameOf("reports/inbox/.DS_Store")).isEmpty();
        assertThat(inbox.nameOf("reports/inbox/2026/upload.txt.part")).isEmpty();
        assertThat(inbox.nameOf("reports/inbox/2026/~lock.txt")).isEmpty();
        // a dot in a folder name does not hide the file
        assertThat(inbox.nameOf("reports/inbox/.cache/a.txt")).hasValue(".cache/a.txt");
    }

    @Test
    void movedKeysStayUnderThePrefix() {
        assertThat(inbox.keyIn("processed", "2026/week 47.txt")).isEqualTo("reports/inbox/processed/2026/week 47.txt");
        assertThat(wholeBucket.keyIn("failed", "a.txt")).isEqualTo("failed/a.txt");
    }
}
