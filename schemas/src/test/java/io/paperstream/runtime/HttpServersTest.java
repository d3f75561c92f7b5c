package io.paperstream.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpServersTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private Javalin app;

    @AfterEach
    void stop() {
        app.stop();
    }

    private Javalin start(Map<String, String> settings) {
        app = HttpServers.create(new Settings(settings), meters);
        app.get("/ready", ctx -> ctx.result("ok"));
        app.get("/things/{id}", ctx -> {
            if (ctx.pathParam("id").equals("bad")) {
                throw new IllegalArgumentException("parameter id is bad");
            }
            if (ctx.pathParam("id").equals("boom")) {
                throw new IllegalStateException("secret internal detail");
            }
            ctx.json(Map.of("id", ctx.pathParam("id")));
        });
        return app.start("127.0.0.1", 0);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void errorsAreJsonAndNeverLeakInternals() throws Exception {
        start(Map.of());
        assertThat(get("/things/bad", null).statusCode()).isEqualTo(400);
        assertThat(get("/things/bad", null).body()).contains("\"error\":\"bad-request\"");
        HttpResponse<String> boom = get("/things/boom", null);
        assertThat(boom.statusCode()).isEqualTo(500);
        assertThat(boom.body()).doesNotContain("secret internal detail").contains("\"error\"");
        HttpResponse<String> missing = get("/nowhere", null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("\"error\":\"not-found\"");
    }

    @Test
    void aConfiguredTokenGuardsEverythingButTheProbes() throws Exception {
        start(Map.of("http.auth.token", "s3cret"));
        assertThat(get("/ready", null).statusCode()).isEqualTo(200);
        assertThat(get("/things/1", null).statusCode()).isEqualTo(401);
        assertThat(get("/things/1", "wrong").statusCode()).isEqualTo(401);
        assertThat(get("/things/1", "s3cret").statusCode()).isEqualTo(200);
    }

    @Test
    void requestLatencyIsRecordedPerEndpointTemplate() throws Exception {
        start(Map.of());
        get("/things/1", null);
        get("/things/2", null);
        assertThat(meters.get("paperstream.http.server.requests").tag("endpoint", "/things/{id}")
                .tag("status", "200").timer().count()).isEqualTo(2);
    }
}
