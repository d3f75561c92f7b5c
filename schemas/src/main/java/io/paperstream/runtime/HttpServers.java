package io.paperstream.runtime;

import io.javalin.Javalin;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP server every service uses: JSON errors, never an HTML page or a stack trace. */
public final class HttpServers {

    private static final Logger log = LoggerFactory.getLogger(HttpServers.class);

    private HttpServers() {
    }

    public static Javalin create(Settings settings) {
        long maxRequestBytes = settings.getLong("http.max.request.bytes", 64 * 1024);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = maxRequestBytes;
            config.useVirtualThreads = false;
        });
        app.exception(IllegalArgumentException.class, (e, ctx) ->
                ctx.status(400).json(Map.of("error", "bad-request", "message", String.valueOf(e.getMessage()))));
        app.exception(Exception.class, (e, ctx) -> {
            log.error("Request {} {} failed", ctx.method(), ctx.path(), e);
            ctx.status(500).json(Map.of("error", "internal", "message", "internal error; see the service log"));
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                ctx.json(Map.of("error", "not-found", "message", "no such resource: " + ctx.path()));
            }
        });
        app.error(405, ctx -> ctx.json(Map.of("error", "method-not-allowed", "message",
                ctx.method() + " is not allowed on " + ctx.path())));
        return app;
    }
}
