package io.paperstream.it.s3;

import io.paperstream.it.support.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One S3Mock server (Adobe's S3-compatible test server, a runnable Spring Boot jar) per test JVM, started as a
 * child process on free ports on first use and stopped when the JVM exits. Tests keep apart by using their own
 * bucket ({@link #createBucket(String)}).
 */
public final class S3MockServer {

    static final String REGION = "us-east-1";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static S3MockServer instance;

    private final URI endpoint;
    private final S3Client client;

    private S3MockServer(URI endpoint) {
        this.endpoint = endpoint;
        this.client = S3Client.builder()
                .endpointOverride(endpoint)
                .region(Region.of(REGION))
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .build();
    }

    public static synchronized S3MockServer get() {
        if (instance == null) {
            instance = start();
            // ingest-service reads credentials from the AWS default chain; S3Mock accepts any.
            if (System.getProperty("aws.accessKeyId") == null) {
                System.setProperty("aws.accessKeyId", "test");
                System.setProperty("aws.secretAccessKey", "test");
            }
        }
        return instance;
    }

    private static S3MockServer start() {
        String jarSetting = System.getProperty("paperstream.s3mock.jar");
        if (jarSetting == null || !Files.isRegularFile(Path.of(jarSetting))) {
            throw new IllegalStateException("S3Mock server jar not found at " + jarSetting + " (set -Dpaperstream.s3mock.jar;"
                    + " the deploy/it build copies com.adobe.testing:s3mock:exec there)");
        }
        Path home;
        try {
            home = Files.createTempDirectory("paperstream-s3mock");
            Files.createDirectories(home.resolve("root"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int httpPort = Pipeline.freePort();
        int httpsPort = Pipeline.freePort();
        Path log = home.resolve("s3mock.log");
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process process;
        try {
            process = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jarSetting,
                    "--http.port=" + httpPort,
                    "--server.port=" + httpsPort, // S3Mock always opens an HTTPS port too; keep it off the default 9191
                    "--com.adobe.testing.s3mock.store.root=" + home.resolve("root"),
                    "--spring.main.banner-mode=off"))
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start S3Mock: " + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process, home), "s3mock-shutdown"));
        URI endpoint = URI.create("http://127.0.0.1:" + httpPort);
        awaitReady(process, endpoint, log);
        return new S3MockServer(endpoint);
    }

    /** ListBuckets answers 200 once the server is up. */
    private static void awaitReady(Process process, URI endpoint, Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/")).timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Mock exited with code " + process.exitValue() + "; log:\n"
                        + logTail(log));
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // still booting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for S3Mock", e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("S3Mock was not ready at " + endpoint + " within "
                        + READY_TIMEOUT.toSeconds() + " s; log:\n" + logTail(log));
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for S3Mock", e);
            }
        }
    }

    private static String logTail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private static void stop(Process process, Path home) {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    /** A client for the test itself: uploads, checks. */
    public S3Client client() {
        return client;
    }

    /** Creates a bucket no other test uses and returns its name. */
    public String createBucket(String purpose) {
        String name = (purpose + "-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        client.createBucket(b -> b.bucket(name));
        return name;
    }

    /** ingest-service settings that point the S3 source at this server. */
    public Map<String, String> ingestSettings(String bucket, String prefix) {
        return Map.of(
                "ingest.source", "s3",
                "ingest.s3.bucket", bucket,
                "ingest.s3.prefix", prefix,
                "ingest.s3.endpoint", endpoint.toString(),
                "ingest.s3.region", REGION,
                "ingest.s3.path.style", "true");
    }
}
