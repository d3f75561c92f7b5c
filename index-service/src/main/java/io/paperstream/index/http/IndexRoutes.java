package io.paperstream.index.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.paperstream.index.query.Answer;
import io.paperstream.index.query.IndexQueries;
import io.paperstream.index.query.IndexUnavailableException;
import io.paperstream.index.query.PaperPage;
import io.paperstream.index.query.PaperQuery;
import io.paperstream.index.topology.Facet;
import io.paperstream.index.topology.FacetCount;
import io.paperstream.index.topology.JsonSerde;
import io.paperstream.index.view.PaperView;
import io.paperstream.index.view.ReportStatus;
import io.paperstream.index.view.TechniqueView;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The public HTTP API of the index. Reads go through {@link IndexQueries}, so they see the whole index. */
public final class IndexRoutes {

    /** Marks an answer that may come from a standby replica. */
    public static final String STALE_HEADER = "X-Paperstream-Stale";
    /** Input offsets the answer reflects, {@code topic-partition=offset,...}. */
    public static final String POSITION_HEADER = "X-Paperstream-Position";
    /** Input records not yet reflected in the answer. */
    public static final String LAG_HEADER = "X-Paperstream-Lag";
    /** Seconds a client should wait before retrying a 503. */
    static final int RETRY_AFTER_SECONDS = 1;
    static final Duration MAX_WAIT = Duration.ofSeconds(60);
    private static final Duration WAIT_POLL = Duration.ofMillis(200);

    private static final Set<String> PAPER_SEARCH_PARAMS = paperSearchParams();

    /** {@code {"items": [...]}}. */
    record Items<T>(List<T> items) {
    }

    /** One page of a paper search; {@code next} is written as null on the last page. */
    record PaperPageBody(List<PaperView> items, String next) {
    }

    private final IndexQueries queries;
    private final ObjectMapper json = JsonSerde.MAPPER;
    /** One writer, thread-safe, for every response. */
    private final ObjectWriter writer = json.writer();
    private final byte[] openApi;

    public IndexRoutes(IndexQueries queries) {
        this.queries = queries;
        this.openApi = readResource("/openapi.json");
    }

    public void register(Javalin app) {
        app.exception(BadParameterException.class, (e, ctx) -> ctx.status(400).json(Map.of(
                "error", "bad-parameter", "parameter", e.parameter(), "message", e.getMessage())));
        app.exception(IndexUnavailableException.class, (e, ctx) -> {
            ctx.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            ctx.status(503).json(Map.of("error", "unavailable", "message", e.getMessage()));
        });
        app.get("/papers/{id}", this::paper);
        app.get("/papers", this::papers);
        app.get("/techniques", this::techniques);
        app.get("/techniques/{id}", this::technique);
        app.get("/institutions", this::institutions);
        app.get("/reports", this::reports);
        app.get("/reports/{id}", this::report);
        app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    }

    private void paper(Context ctx) throws IOException {
        RequestParams.rejectUnknown(ctx, Set.of());
        String id = RequestParams.path(ctx, "id");
        Answer<PaperView> answer = queries.paper(id);
        if (answer.value() == null) {
            notFound(ctx, "paper", id);
            return;
        }
        respond(ctx, answer, answer.value());
    }

    private void papers(Context ctx) throws IOException {
        RequestParams.rejectUnknown(ctx, PAPER_SEARCH_PARAMS);
        Map<Facet, String> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            String value = RequestParams.text(ctx, facet.parameter());
            if (value != null) {
                facets.put(facet, Facet.normalise(value));
            }
        }
        PaperQuery query = new PaperQuery(facets, RequestParams.minSpeedup(ctx), RequestParams.cursor(ctx),
                RequestParams.limit(ctx));
        Answer<PaperPage> answer = queries.papers(query);
        List<PaperView> items = answer.value().items();
        String next = answer.value().more() && !items.isEmpty()
                ? RequestParams.encodeCursor(items.get(items.size() - 1).id()) : null;
        respond(ctx, answer, new PaperPageBody(items, next));
    }

    private void techniques(Context ctx) throws IOException {
        RequestParams.rejectUnknown(ctx, Set.of());
        Answer<List<TechniqueView>> answer = queries.techniques().map(all -> all.stream()
                .map(TechniqueView::of)
                .sorted(Comparator.comparingLong(TechniqueView::papers).reversed().thenComparing(TechniqueView::id))
                .toList());
        respond(ctx, answer, new Items<>(answer.value()));
    }

    private void technique(Context ctx) throws IOException {
        RequestParams.rejectUnknown(ctx, Set.of());
        String id = RequestParams.path(ctx, "id");
        Answer<TechniqueView> answer = queries.techniques().map(all -> all.stream()
                .filter(t -> t.technique().equalsIgnoreCase(id.strip()))
                .findFirst().map(TechniqueView::of).orElse(null));
        if (answer.value() == null) {
            notFound(ctx, "technique", id);
            return;
        }
        respond(ctx, answer, answer.value());
    }

    private void institutions(Context ctx) throws IOException {
        RequestParams.rejectUnknown(ctx, Set.of());
        Answer<List<FacetCount>> answer = queries.facetCounts(Facet.INSTITUTION).map(all -> all.stream()
                .sorted(Comparator.comparingLong(FacetCount::papers).reversed().thenComparing(FacetCount::name))
                .toList());
        respond(ctx, answer, new Items<>(answer.value()));
    }

    private void reports(Context ctx) throws IOException {
        RequestParams.rejectUnknown(ctx, Set.of());
        Answer<List<ReportStatus>> answer = queries.reports();
        respond(ctx, answer, new Items<>(answer.value()));
    }

    private void report(Context ctx) throws InterruptedException, IOException {
        RequestParams.rejectUnknown(ctx, Set.of("wait"));
        String id = RequestParams.path(ctx, "id");
        long deadline = System.nanoTime() + RequestParams.wait(ctx, MAX_WAIT).toNanos();
        Answer<ReportStatus> answer = awaitComplete(id, deadline);
        if (answer.value() == null) {
            notFound(ctx, "report", id);
            return;
        }
        respond(ctx, answer, answer.value());
    }

    /** Polls until the report's papers are all indexed or the deadline passes; a zero wait asks once. */
    private Answer<ReportStatus> awaitComplete(String id, long deadline) throws InterruptedException {
        while (true) {
            Answer<ReportStatus> answer;
            try {
                answer = queries.report(id);
            } catch (IndexUnavailableException e) {
                if (System.nanoTime() >= deadline) {
                    throw e;
                }
                answer = null;
            }
            boolean complete = answer != null && answer.value() != null && answer.value().complete();
            long remaining = deadline - System.nanoTime();
            if (complete || (answer != null && remaining <= 0)) {
                return answer;
            }
            Thread.sleep(Math.max(1, Math.min(WAIT_POLL.toMillis(), remaining / 1_000_000)));
        }
    }

    /**
     * Writes the body straight to UTF-8 bytes, once. Only a stale answer, which is rare (a standby answered),
     * goes through a tree to gain its {@code "stale": true} after the body's own fields.
     */
    private void respond(Context ctx, Answer<?> answer, Object body) throws IOException {
        ctx.header(STALE_HEADER, Boolean.toString(answer.stale()));
        ctx.header(POSITION_HEADER, answer.position().header());
        ctx.header(LAG_HEADER, Long.toString(answer.position().lag()));
        byte[] bytes;
        if (answer.stale()) {
            ObjectNode marked = json.valueToTree(body);
            marked.put("stale", true);
            bytes = writer.writeValueAsBytes(marked);
        } else {
            bytes = writer.writeValueAsBytes(body);
        }
        ctx.contentType("application/json").result(bytes);
    }

    private static void notFound(Context ctx, String what, String id) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", "not-found");
        body.put("message", "no " + what + " with id " + id);
        ctx.status(404).json(body);
    }

    private static Set<String> paperSearchParams() {
        Set<String> names = new LinkedHashSet<>();
        for (Facet facet : Facet.values()) {
            names.add(facet.parameter());
        }
        names.addAll(List.of("minSpeedup", "limit", "cursor"));
        return Set.copyOf(names);
    }

    private static byte[] readResource(String name) {
        try (InputStream in = IndexRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
