package io.paperstream.index.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.paperstream.index.topology.JsonSerde;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Asks another instance to answer from its own partitions. One shared HTTP/1.1 client, so connections to
 * peers are kept alive; a peer's failure comes back as an exception with its status and message, never
 * as a timeout.
 */
public final class PeerClient {

    /** Header on every call between instances: answer from local partitions, never forward. */
    public static final String LOCAL_ONLY_HEADER = "X-Paperstream-Local-Only";
    public static final String INTERNAL_PATH = "/internal/query/";

    /** The peer could not answer now (down, restarting, rebalancing); worth retrying or asking a standby. */
    public static final class PeerUnavailableException extends RuntimeException {
        PeerUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final HttpClient http;
    private final Duration requestTimeout;
    private final ObjectMapper json = JsonSerde.MAPPER;

    public PeerClient(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
    }

    public <T> CompletableFuture<Answer<T>> call(HostInfo host, Operation<T> operation, InternalRequest request) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpRequest httpRequest = HttpRequest.newBuilder(
                        URI.create("http://" + host.host() + ":" + host.port() + INTERNAL_PATH + operation.name()))
                .timeout(requestTimeout)
                .header(LOCAL_ONLY_HEADER, "true")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return http.sendAsync(httpRequest, HttpResponse.BodyHandlers.ofByteArray())
                .handle((response, error) -> {
                    if (error != null) {
                        throw new PeerUnavailableException("instance " + host + " unreachable: " + error.getMessage(), error);
                    }
                    if (response.statusCode() == 503) {
                        throw new PeerUnavailableException("instance " + host + " not ready: "
                                + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8), null);
                    }
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("instance " + host + " answered " + response.statusCode() + ": "
                                + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
                    }
                    try {
                        return json.readValue(response.body(), operation.wireType());
                    } catch (IOException e) {
                        throw new IllegalStateException("instance " + host + " sent an unreadable answer", e);
                    }
                });
    }
}
