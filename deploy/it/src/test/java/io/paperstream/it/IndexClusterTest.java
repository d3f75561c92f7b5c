package io.paperstream.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.paperstream.it.support.Http;
import io.paperstream.it.support.Pipeline;
import io.paperstream.it.support.SampleReports;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Three index-service instances sharing the partitions: every key and every list is answered from every
 * instance, and after one instance stops the others answer for all papers again within a bounded time.
 */
class IndexClusterTest {

    private static final int SAMPLE_PAPERS = 141;
    @AutoClose
    private Pipeline pipeline;

    private Set<String> idsFrom(int instance) {
        Set<String> ids = new TreeSet<>();
        pipeline.allPapers(instance, 40).forEach(p -> ids.add(p.get("id").asText()));
        return ids;
    }

    private boolean everyKeyAnsweredBy(int instance, Set<String> ids) {
        for (String id : ids) {
            Http.Response r = Http.get(pipeline.queryUrl(instance) + "/papers/" + id);
            if (r.status() != 200 || !id.equals(r.body().get("id").asText())) {
                return false;
            }
        }
        return true;
    }

    @Test
    void everyInstanceAnswersEveryKeyAndListAndSurvivesLosingOne() {
        pipeline = Pipeline.start("cluster", 3);
        for (Path report : SampleReports.all()) {
            SampleReports.drop(report, pipeline.inbox(), report.getFileName().toString());
        }
        Awaitility.await("all papers indexed").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions().until(() -> idsFrom(0).size() == SAMPLE_PAPERS);
        Set<String> ids = idsFrom(0);

        for (int i = 0; i < 3; i++) {
            assertThat(idsFrom(i)).as("list from instance %d", i).isEqualTo(ids);
            assertThat(everyKeyAnsweredBy(i, ids)).as("every key from instance %d", i).isTrue();
        }
        JsonNode quantization = Http.get(pipeline.queryUrl(1) + "/papers?technique=quantization&limit=1000").body();
        assertThat(quantization.get("items").size()).isPositive();
        assertThat(Http.get(pipeline.queryUrl(2) + "/papers?technique=quantization&limit=1000").body().get("items"))
                .isEqualTo(quantization.get("items"));
        JsonNode techniques = Http.get(pipeline.queryUrl(0) + "/techniques").body();
        assertThat(Http.get(pipeline.queryUrl(2) + "/techniques").body()).isEqualTo(techniques);

        pipeline.indexInstances().get(2).close();
        Awaitility.await("the two remaining instances answer for every paper").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> idsFrom(0).equals(ids) && idsFrom(1).equals(ids)
                        && everyKeyAnsweredBy(0, ids) && everyKeyAnsweredBy(1, ids));
        List<JsonNode> again = pipeline.allPapers(1, 1000);
        assertThat(again).hasSize(SAMPLE_PAPERS);
    }

    /**
     * An owner whose HTTP endpoint cannot be reached (here: it advertises a port nobody listens on) still
     * has its partitions answered, by the instance holding their standby replicas, and those answers say
     * they may be stale; answers from the instance's own active partitions do not.
     */
    @Test
    void aStandbyAnswersMarkedStaleWhileTheOwnerCannotBeReached() {
        pipeline = Pipeline.start("stale", 1);
        pipeline.startIndex(1, Map.of("http.advertised.port", Integer.toString(Pipeline.freePort())));
        pipeline.awaitReady();
        for (Path report : SampleReports.all()) {
            SampleReports.drop(report, pipeline.inbox(), report.getFileName().toString());
        }
        Awaitility.await("all papers answered by instance 0").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> idsFrom(0).size() == SAMPLE_PAPERS);

        JsonNode page = Http.get(pipeline.queryUrl(0) + "/papers?limit=1000").body();
        assertThat(page.get("items")).hasSize(SAMPLE_PAPERS);
        assertThat(page.path("stale").asBoolean()).as("a list with standby parts is marked stale").isTrue();
        int stale = 0;
        int fresh = 0;
        for (JsonNode paper : page.get("items")) {
            Http.Response r = Http.get(pipeline.queryUrl(0) + "/papers/" + paper.get("id").asText());
            assertThat(r.status()).isEqualTo(200);
            if (r.body().path("stale").asBoolean()) {
                stale++;
            } else {
                fresh++;
            }
        }
        assertThat(stale).as("papers of the unreachable owner's partitions, from their standby").isPositive();
        assertThat(fresh).as("papers of instance 0's own partitions").isPositive();
    }
}
