package io.paperstream.index.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.paperstream.index.query.InternalRequest;
import io.paperstream.index.query.LocalIndex;
import io.paperstream.index.query.Operation;
import io.paperstream.index.query.PartitionScope;
import io.paperstream.index.query.PeerClient;
import io.paperstream.index.query.QueryRetry;
import io.paperstream.index.topology.JsonSerde;
import java.io.IOException;
import java.util.Map;

/**
 * What instances ask each other: {@code POST /internal/query/{operation}} with an {@link InternalRequest},
 * answered from this instance's partitions only and never forwarded again.
 */
public final class InternalRoutes {

    private final LocalIndex local;

    public InternalRoutes(LocalIndex local) {
        this.local = local;
    }

    public void register(Javalin app) {
        app.post(PeerClient.INTERNAL_PATH + "{operation}", this::query);
    }

    private void query(Context ctx) throws IOException {
        if (!"true".equals(ctx.header(PeerClient.LOCAL_ONLY_HEADER))) {
            throw new BadParameterException(PeerClient.LOCAL_ONLY_HEADER, "internal queries must be marked local-only");
        }
        Operation<?> operation = Operation.named(ctx.pathParam("operation"));
        if (operation == null) {
            ctx.status(404).json(Map.of("error", "not-found", "message", "no operation " + ctx.pathParam("operation")));
            return;
        }
        InternalRequest request;
        try {
            request = JsonSerde.MAPPER.readValue(ctx.bodyAsBytes(), InternalRequest.class);
        } catch (IOException e) {
            throw new BadParameterException("body", "not an internal request: " + e.getMessage());
        }
        if (request.scope() == null) {
            request = request.withScope(PartitionScope.ALL_LOCAL);
        }
        Object answer;
        try {
            answer = operation.local().apply(local, request);
        } catch (RuntimeException e) {
            if (!QueryRetry.isTransient(e)) {
                throw e;
            }
            // The caller retries or turns to a standby; 503 tells it this is worth doing.
            ctx.status(503).json(Map.of("error", "unavailable", "message", String.valueOf(e.getMessage())));
            return;
        }
        ctx.contentType("application/json").result(JsonSerde.MAPPER.writeValueAsBytes(answer));
    }
}
