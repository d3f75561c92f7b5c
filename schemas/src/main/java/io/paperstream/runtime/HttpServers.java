package io.paperstream.runtime;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server every service uses: JSON errors (never an HTML page or a stack trace), bounded request
 * size, request latency by endpoint ({@code paperstream_http_server_requests_seconds}), and an optional
 * bearer token ({@code http.auth.token}) required on every route except the probes.
 */
public final class HttpServers {

    private static final Logger log = LoggerFactory.getLogger(HttpServers.class);
    private static final Set<String> OPEN_PATHS = Set.of("/health", "/ready");

    private HttpServers() {
    }

    public static Javalin create(Settings settings) {
        return create(settings, new SimpleMeterRegistry());
    }

    public static Javalin create(Settings settings, MeterRegistry meters) {
        long maxRequestBytes = settings.getLong("http.max.request.bytes", 64 * 1024);
        String token = settings.get("http.auth.token", null);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = maxRequestBytes;
            config.useVirtualThreads = false;
            config.requestLogger.http((ctx, millis) -> Timer.builder("paperstream.http.server.requests")
                    .description("HTTP requests served, by endpoint")
                    .tag("method", ctx.method().name())
                    .tag("endpoint", endpointOf(ctx))
                    .tag("status", Integer.toString(ctx.statusCode()))
                    .publishPercentileHistogram()
                    .register(meters)
                    .record((long) (millis * 1_000_000), TimeUnit.NANOSECONDS));
        });
        if (token != null) {
            byte[] expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
            app.before(ctx -> {
                if (OPEN_PATHS.contains(ctx.path())) {
                    return;
                }
                String header = ctx.header("Authorization");
                if (header == null || !MessageDigest.isEqual(expected, header.getBytes(StandardCharsets.UTF_8))) {
                    ctx.header("WWW-Authenticate", "Bearer");
                    throw new UnauthorizedResponse("a valid bearer token is required");
                }
            });
        }
        app.exception(UnauthorizedResponse.class, (e, ctx) ->
                ctx.status(401).json(Map.of("error", "unauthorized", "message", e.getMessage())));
        app.exception(IllegalArgumentException.class, (e, ctx) ->
                ctx.status(400).json(Map.of("error", "bad-request", "message", String.valueOf(e.getMessage()))));
        app.exception(Exception.class, (e, ctx) -> {
            log.error("Request {} {} failed", ctx.method(), ctx.path(), e);
            ctx.status(500).json(Map.of("error", "internal", "message", "internal error; see the service log"));
        });
        app.error(404, ctx -> {
            String type = ctx.res().getContentType();
            if (type == null || !type.startsWith("application/json")) {
                ctx.json(Map.of("error", "not-found", "message", "no such resource: " + ctx.path()));
            }
        });
        app.error(405, ctx -> ctx.json(Map.of("error", "method-not-allowed", "message",
                ctx.method() + " is not allowed on " + ctx.path())));
        app.error(413, ctx -> ctx.json(Map.of("error", "too-large", "message",
                "request larger than " + maxRequestBytes + " bytes")));
        return app;
    }

    /** The route template ("/papers/{id}"), so a metric has one series per endpoint, not per id. */
    private static String endpointOf(Context ctx) {
        try {
            String path = ctx.endpointHandlerPath();
            return path == null || path.isEmpty() || path.equals("*") ? "unmatched" : path;
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }
}
