package io.paperstream.ingest.bucket;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local folder watched with a {@link WatchService}; callers also rescan periodically because watch
 * events can be lost (overflow, network file systems). Only regular files directly in the folder count.
 */
public final class LocalFolderBucket implements Bucket {

    private static final Logger log = LoggerFactory.getLogger(LocalFolderBucket.class);

    private final Path folder;
    private final WatchService watcher;

    public LocalFolderBucket(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.folder);
            this.watcher = this.folder.getFileSystem().newWatchService();
            this.folder.register(watcher, ENTRY_CREATE, ENTRY_MODIFY);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot watch folder " + this.folder + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<BucketObject> list() throws IOException {
        List<BucketObject> out = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path path : entries) {
                String name = path.getFileName().toString();
                if (Bucket.isIgnoredName(name)) {
                    continue;
                }
                BasicFileAttributes attrs;
                try {
                    attrs = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException e) {
                    continue; // vanished between listing and stat
                }
                if (!attrs.isRegularFile()) {
                    continue;
                }
                out.add(new BucketObject(path.toUri().toString(), name, attrs.size(),
                        attrs.lastModifiedTime().toInstant(),
                        attrs.size() + "@" + attrs.lastModifiedTime().toMillis()));
            }
        }
        out.sort(Comparator.comparing(BucketObject::modifiedAt).thenComparing(BucketObject::name));
        return out;
    }

    @Override
    public InputStream open(BucketObject object) throws IOException {
        return Files.newInputStream(pathOf(object));
    }

    @Override
    public void moveTo(BucketObject object, String subFolder) throws IOException {
        Path target = folder.resolve(subFolder);
        Files.createDirectories(target);
        Files.move(pathOf(object), target.resolve(object.name()), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void delete(BucketObject object) throws IOException {
        Files.deleteIfExists(pathOf(object));
    }

    @Override
    public void awaitChange(Duration max) throws InterruptedException {
        WatchKey key = watcher.poll(max.toMillis(), TimeUnit.MILLISECONDS);
        if (key != null) {
            key.pollEvents().stream().filter(e -> e.kind() == OVERFLOW).findAny()
                    .ifPresent(e -> log.debug("Watch events overflowed for {}; the rescan covers it", folder));
            key.reset();
        }
    }

    @Override
    public String describe() {
        return folder.toString();
    }

    private Path pathOf(BucketObject object) {
        return folder.resolve(object.name());
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            log.debug("Closing watcher of {} failed", folder, e);
        }
    }
}
