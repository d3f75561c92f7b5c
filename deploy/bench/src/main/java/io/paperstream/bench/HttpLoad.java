package io.paperstream.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Closed-loop HTTP load: {@code threads} workers share one keep-alive {@link HttpClient} (HTTP/1.1, so one
 * connection per worker) and send requests back to back until {@code requests} are done or {@code maxTime}
 * has passed. Each latency is kept; nothing is averaged away.
 */
final class HttpLoad {

    /** What a run measured. {@code errors} counts answers other than 200 and failed exchanges. */
    record Result(String name, int requests, int errors, double seconds, Percentiles latency) {
        double requestsPerSecond() {
            return seconds > 0 ? requests / seconds : 0;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%s: %d requests (%d errors) in %.1f s = %.0f req/s, p50 %.2f ms, p99 %.2f ms, max %.1f ms",
                    name, requests, errors, seconds, requestsPerSecond(), latency.millis(50), latency.millis(99), latency.maxMillis());
        }
    }

    private final HttpClient client;
    private final int threads;

    HttpLoad(HttpClient client, int threads) {
        this.client = client;
        this.threads = threads;
    }

    static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Runs {@code requests} requests; request i goes to {@code uri.apply(i)}. Bounded by count and by time. */
    Result run(String name, int requests, Duration maxTime, IntFunction<URI> uri) throws InterruptedException {
        long[] nanos = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong firstError = new AtomicLong(-1);
        long deadline = System.nanoTime() + maxTime.toNanos();
        List<Thread> workers = new ArrayList<>(threads);
        long began = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                int i;
                while ((i = next.getAndIncrement()) < requests && System.nanoTime() < deadline) {
                    HttpRequest request = HttpRequest.newBuilder(uri.apply(i)).timeout(Duration.ofSeconds(30)).GET().build();
                    long start = System.nanoTime();
                    int status;
                    try {
                        status = client.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
                    } catch (IOException e) {
                        status = -1;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    nanos[i] = System.nanoTime() - start;
                    done.incrementAndGet();
                    if (status != 200) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(-1, status);
                    }
                }
            }, "load-" + name + "-" + t);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        int completed = Math.min(done.get(), requests);
        // indexes are handed out in order and each finishes, so the first `completed` slots are the ones filled,
        // except for slots taken by a worker that stopped at the deadline; those stay 0 and are dropped here
        long[] filled = java.util.Arrays.stream(nanos, 0, Math.min(next.get(), requests)).filter(n -> n > 0).toArray();
        if (errors.get() > 0) {
            System.out.printf("  %s: %d of %d answers were not 200 (first: %d)%n", name, errors.get(), completed, firstError.get());
        }
        return new Result(name, filled.length, errors.get(), seconds, Percentiles.of(filled, filled.length));
    }
}
