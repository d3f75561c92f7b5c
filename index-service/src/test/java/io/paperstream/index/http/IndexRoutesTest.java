package io.paperstream.index.http;

import static io.paperstream.index.IndexFixture.claim;
import static io.paperstream.index.IndexFixture.paper;
import static io.paperstream.index.IndexFixture.summary;
import static io.paperstream.index.IndexFixture.technique;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.paperstream.index.IndexFixture;
import io.paperstream.index.query.Answer;
import io.paperstream.index.query.IndexQueries;
import io.paperstream.index.query.PaperPage;
import io.paperstream.index.query.PaperQuery;
import io.paperstream.index.query.Position;
import io.paperstream.index.topology.Facet;
import io.paperstream.index.topology.FacetCount;
import io.paperstream.index.topology.TechniqueStats;
import io.paperstream.index.view.PaperView;
import io.paperstream.index.view.ReportStatus;
import io.paperstream.runtime.HttpServers;
import io.paperstream.runtime.Settings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexRoutesTest {

    private static final int PAPERS = 23;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private IndexFixture index;
    private Javalin app;

    @BeforeAll
    void start() {
        index = new IndexFixture();
        index.summaries.pipeInput("r1", summary("r1", PAPERS));
        index.summaries.pipeInput("r2", summary("r2", 5));
        for (int i = 0; i < PAPERS; i++) {
            // Ids arrive out of order so that the page order must come from the index, not arrival.
            int n = (i * 7) % PAPERS;
            boolean even = n % 2 == 0;
            index.pipe(paper(id(n), "r1", n + 1)
                    .setTechniques(List.of(technique(even ? "quantization" : "kv-cache", 0.9)))
                    .setInstitutions(List.of(n % 3 == 0 ? "Peking University" : "Tsinghua University"))
                    .setClaims(List.of(claim("speedup", n, "latency")))
                    .build());
        }
        app = HttpServers.create(new Settings(Map.of()));
        new IndexRoutes(index.localIndex().allPartitions()).register(app);
        app.start("127.0.0.1", 0);
    }

    @AfterAll
    void stop() {
        app.stop();
        index.close();
    }

    private static String id(int n) {
        return String.format("%016x", 0xabc000L + n);
    }

    @Test
    void servesAPaperWithItsSourcesTechniquesAndClaims() throws Exception {
        HttpResponse<String> response = get("/papers/" + id(4));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode paper = JSON.readTree(response.body());
        assertThat(paper.get("id").asText()).isEqualTo(id(4));
        assertThat(paper.get("abstract").asText()).isEqualTo("Abstract of " + id(4));
        assertThat(paper.get("sources").get(0).get("report").asText()).isEqualTo("r1");
        assertThat(paper.get("sources").get(0).get("entry").asInt()).isEqualTo(5);
        assertThat(paper.get("sources").get(0).get("generatedAt").asText()).isEqualTo("2025-03-01T00:00:00Z");
        assertThat(paper.get("techniques").get(0).get("evidence").get(0).get("term").asText()).isEqualTo("quantization");
        assertThat(paper.get("claims").get(0).get("value").asDouble()).isEqualTo(4.0);
        assertThat(response.headers().firstValue(IndexRoutes.STALE_HEADER)).contains("false");
    }

    @Test
    void unknownIdsAreNotFound() throws Exception {
        for (String path : List.of("/papers/ffffffffffffffff", "/reports/nope", "/techniques/teleportation")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(JSON.readTree(response.body()).get("error").asText()).isEqualTo("not-found");
        }
    }

    @Test
    void paginationVisitsEveryPaperOnceInIdOrder() throws Exception {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = JSON.readTree(get("/papers?limit=5" + (cursor == null ? "" : "&cursor=" + cursor)).body());
            page.get("items").forEach(item -> seen.add(item.get("id").asText()));
            cursor = page.get("next").isNull() ? null : page.get("next").asText();
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, PAPERS).mapToObj(IndexRoutesTest::id).toList());
        assertThat(pages).isEqualTo(5);
    }

    @Test
    void facetSearchScansOneFacetAndFiltersTheRest() throws Exception {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = JSON.readTree(get("/papers?technique=QUANTIZATION&institution=peking%20university"
                    + "&minSpeedup=5&limit=1" + (cursor == null ? "" : "&cursor=" + cursor)).body());
            page.get("items").forEach(item -> ids.add(item.get("id").asText()));
            cursor = page.get("next").isNull() ? null : page.get("next").asText();
        } while (cursor != null);

        // even n, n divisible by 3, speedup n >= 5
        assertThat(ids).containsExactly(id(6), id(12), id(18));
    }

    @ParameterizedTest
    @CsvSource({
            "/papers?limit=0, limit",
            "/papers?limit=1001, limit",
            "/papers?limit=ten, limit",
            "/papers?minSpeedup=-1, minSpeedup",
            "/papers?minSpeedup=NaN, minSpeedup",
            "/papers?cursor=%25%25%25, cursor",
            "/papers?colour=red, colour",
            "/papers?technique=, technique",
            "/reports/r1?wait=forever, wait",
            "/reports/r1?wait=61s, wait"})
    void rejectsBadParametersNamingThem(String path, String parameter) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.get("error").asText()).isEqualTo("bad-parameter");
        assertThat(error.get("parameter").asText()).isEqualTo(parameter);
    }

    @Test
    void rejectsOverlongParameters() throws Exception {
        String longValue = "q".repeat(201);
        HttpResponse<String> facet = get("/papers?model=" + longValue);
        HttpResponse<String> id = get("/papers/" + longValue);

        assertThat(facet.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(facet.body()).get("parameter").asText()).isEqualTo("model");
        assertThat(id.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(id.body()).get("parameter").asText()).isEqualTo("id");
    }

    @Test
    void limitBoundsAreInclusive() throws Exception {
        assertThat(JSON.readTree(get("/papers?limit=1").body()).get("items")).hasSize(1);
        JsonNode all = JSON.readTree(get("/papers?limit=1000").body());
        assertThat(all.get("items")).hasSize(PAPERS);
        assertThat(all.get("next").isNull()).isTrue();
        assertThat(JSON.readTree(get("/papers").body()).get("items")).hasSize(PAPERS);
    }

    @Test
    void listsTechniquesAndInstitutionsLargestFirst() throws Exception {
        JsonNode techniques = JSON.readTree(get("/techniques").body()).get("items");
        assertThat(techniques.get(0).get("id").asText()).isEqualTo("quantization");
        assertThat(techniques.get(0).get("papers").asInt()).isEqualTo(12);
        assertThat(techniques.get(0).get("maxSpeedup").asDouble()).isEqualTo(22.0);
        assertThat(techniques.get(0).get("medianSpeedup").asDouble()).isEqualTo(11.0);
        assertThat(techniques.get(1).get("id").asText()).isEqualTo("kv-cache");

        JsonNode one = JSON.readTree(get("/techniques/kv-cache").body());
        assertThat(one.get("papers").asInt()).isEqualTo(11);

        JsonNode institutions = JSON.readTree(get("/institutions").body()).get("items");
        assertThat(institutions.get(0).get("name").asText()).isEqualTo("Tsinghua University");
        assertThat(institutions.get(0).get("papers").asInt()).isEqualTo(15);
        assertThat(institutions.get(1).get("papers").asInt()).isEqualTo(8);
    }

    @Test
    void reportsTellHowManyOfTheirPapersAreIndexed() throws Exception {
        JsonNode complete = JSON.readTree(get("/reports/r1?wait=5s").body());
        assertThat(complete.get("indexed").asInt()).isEqualTo(PAPERS);
        assertThat(complete.get("complete").asBoolean()).isTrue();

        HttpResponse<String> waiting = get("/reports/r2?wait=300ms");
        assertThat(waiting.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(waiting.body()).get("complete").asBoolean()).isFalse();
        assertThat(JSON.readTree(waiting.body()).get("indexed").asInt()).isZero();

        assertThat(get("/reports/unknown?wait=100ms").statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(get("/reports").body()).get("items")).extracting(r -> r.get("id").asText())
                .containsExactly("r1", "r2");
    }

    @Test
    void answersThatMayComeFromAStandbyAreMarkedStaleInHeaderAndBody() throws Exception {
        IndexQueries local = index.localIndex().allPartitions();
        Position position = new Position(new java.util.TreeMap<>(Map.of("papers.enriched-0", 17L)), 3);
        IndexQueries fromStandby = new IndexQueries() {
            private <T> Answer<T> stale(Answer<T> answer) {
                return new Answer<>(answer.value(), true, position);
            }

            @Override
            public Answer<PaperView> paper(String id) {
                return stale(local.paper(id));
            }

            @Override
            public Answer<PaperPage> papers(PaperQuery query) {
                return stale(local.papers(query));
            }

            @Override
            public Answer<List<TechniqueStats>> techniques() {
                return stale(local.techniques());
            }

            @Override
            public Answer<List<FacetCount>> facetCounts(Facet facet) {
                return stale(local.facetCounts(facet));
            }

            @Override
            public Answer<ReportStatus> report(String id) {
                return stale(local.report(id));
            }

            @Override
            public Answer<List<ReportStatus>> reports() {
                return stale(local.reports());
            }
        };
        Javalin standbyApp = HttpServers.create(new Settings(Map.of()));
        new IndexRoutes(fromStandby).register(standbyApp);
        standbyApp.start("127.0.0.1", 0);
        try {
            for (String path : List.of("/papers/" + id(4), "/papers?limit=2", "/techniques", "/techniques/kv-cache",
                    "/institutions", "/reports", "/reports/r1")) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + standbyApp.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                assertThat(response.headers().firstValue(IndexRoutes.STALE_HEADER)).as(path).contains("true");
                assertThat(response.headers().firstValue(IndexRoutes.POSITION_HEADER)).as(path).contains("papers.enriched-0=17");
                assertThat(response.headers().firstValue(IndexRoutes.LAG_HEADER)).as(path).contains("3");
                JsonNode body = JSON.readTree(response.body());
                assertThat(body.get("stale").asBoolean()).as(path).isTrue();
                // The marker comes after the answer's own fields, which are all still there.
                List<String> fields = new ArrayList<>();
                body.fieldNames().forEachRemaining(fields::add);
                assertThat(fields.get(fields.size() - 1)).as(path).isEqualTo("stale");
                assertThat(fields.size()).as(path).isGreaterThan(1);
            }
            JsonNode page = JSON.readTree(http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + standbyApp.port() + "/papers?limit=2")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertThat(page.get("items")).hasSize(2);
            assertThat(page.get("next").isNull()).isFalse();
        } finally {
            standbyApp.stop();
        }
    }

    @Test
    void aFreshAnswerCarriesNoStaleMarkerAndTheLastPageANullNext() throws Exception {
        JsonNode page = JSON.readTree(get("/papers?limit=1000").body());

        assertThat(page.has("stale")).isFalse();
        assertThat(page.has("next")).isTrue();
        assertThat(page.get("next").isNull()).isTrue();
        assertThat(JSON.readTree(get("/papers/" + id(1)).body()).has("stale")).isFalse();
    }

    @Test
    void servesTheOpenApiDocumentForEveryEndpoint() throws Exception {
        JsonNode doc = JSON.readTree(get("/openapi.json").body());

        assertThat(doc.get("openapi").asText()).startsWith("3.");
        assertThat(doc.get("paths").fieldNames()).toIterable().contains("/papers/{id}", "/papers", "/techniques",
                "/techniques/{id}", "/institutions", "/reports", "/reports/{id}");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
