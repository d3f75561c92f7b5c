package io.paperstream.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.junit.jupiter.api.Test;

class IndexLagTest {

    private static final String FETCH = "consumer-fetch-manager-metrics";

    private final IndexLag lag = new IndexLag(Set.of("t1.papers.enriched", "t1.reports.summaries"));
    private final Map<MetricName, Metric> metrics = new HashMap<>();

    private void metric(String group, String name, Map<String, String> tags, Object value) {
        MetricName metricName = new MetricName(name, group, "", tags);
        metrics.put(metricName, new Metric() {
            @Override
            public MetricName metricName() {
                return metricName;
            }

            @Override
            public Object metricValue() {
                return value;
            }
        });
    }

    private void partitionLag(String topicTag, int partition, double value) {
        metric(FETCH, "records-lag", Map.of("client-id", "c-StreamThread-1-consumer", "topic", topicTag,
                "partition", Integer.toString(partition)), value);
    }

    @Test
    void sumsTheLagOfEveryInputPartitionAsTheConsumerTagsIt() {
        partitionLag("t1_papers_enriched", 0, 5);
        partitionLag("t1_papers_enriched", 3, 2);
        partitionLag("t1_reports_summaries", 1, 1);

        assertThat(lag.recordsBehind(metrics)).isEqualTo(8);
    }

    @Test
    void ignoresOtherTopicsOtherMetricsAndPartitionsNotFetchedYet() {
        partitionLag("t1_papers_enriched", 0, 4);
        partitionLag("t1_papers_enriched", 1, Double.NaN);
        partitionLag("paperstream-index-papers-by-id-changelog", 0, 100);
        partitionLag("t2_papers_enriched", 0, 100);
        metric(FETCH, "records-lag-max", Map.of("client-id", "c", "topic", "t1_papers_enriched", "partition", "0"), 100.0);
        metric(FETCH, "records-lag-max", Map.of("client-id", "c"), 100.0);

        assertThat(lag.recordsBehind(metrics)).isEqualTo(4);
    }

    @Test
    void noMetricsMeansNoLag() {
        assertThat(lag.recordsBehind(Map.of())).isZero();
    }
}
