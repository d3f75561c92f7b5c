package io.paperstream.ingest.bucket.s3;

import io.paperstream.ingest.bucket.Bucket;
import java.util.List;
import java.util.Optional;

/**
 * Decides which keys of a bucket are inbox files and what they are called: a key counts when it lies under the
 * prefix, is not a "folder" marker, is not inside one of the cleanup sub-folders (processed/, failed/) and its
 * last path segment is not an ignored name. The name is the key relative to the prefix.
 */
public final class S3KeyFilter {

    private final String prefix;
    private final List<String> skippedFolders;

    /** {@code skippedFolders} are relative to the prefix, e.g. {@code processed}. */
    public S3KeyFilter(String prefix, List<String> skippedFolders) {
        this.prefix = normalizePrefix(prefix);
        this.skippedFolders = skippedFolders.stream().map(S3KeyFilter::asFolder).toList();
    }

    /**
     * "" stays "" (the whole bucket); otherwise the prefix is treated as a folder, so {@code inbox} does not
     * also match {@code inbox-old/…}. Leading slashes are dropped because S3 keys do not start with one.
     */
    public static String normalizePrefix(String prefix) {
        String p = prefix == null ? "" : prefix.trim();
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        return p.isEmpty() ? "" : asFolder(p);
    }

    private static String asFolder(String path) {
        return path.endsWith("/") ? path : path + "/";
    }

    public String prefix() {
        return prefix;
    }

    /** The inbox name of {@code key}, or empty when the key is not an inbox file. */
    public Optional<String> nameOf(String key) {
        if (key == null || !key.startsWith(prefix)) {
            return Optional.empty();
        }
        String name = key.substring(prefix.length());
        if (name.isEmpty() || name.endsWith("/")) {
            return Optional.empty();
        }
        for (String folder : skippedFolders) {
            if (name.startsWith(folder)) {
                return Optional.empty();
            }
        }
        String lastSegment = name.substring(name.lastIndexOf('/') + 1);
        return Bucket.isIgnoredName(lastSegment) ? Optional.empty() : Optional.of(name);
    }

    /** The key of the inbox file {@code name} once moved into {@code folder}. */
    public String keyIn(String folder, String name) {
        return prefix + asFolder(folder) + name;
    }
}
