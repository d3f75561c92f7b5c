package io.paperstream.index;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * Records not yet read from the index's input topics by this instance: the sum of the consumer's
 * {@code records-lag} over the input partitions it is assigned. Read from the Streams client's own metrics at
 * each scrape, so it costs nothing between scrapes and needs no admin calls. A partition that has not been
 * fetched yet has no lag metric (or a NaN one) and adds nothing.
 */
final class IndexLag {

    private static final String FETCH_GROUP = "consumer-fetch-manager-metrics";
    private static final String RECORDS_LAG = "records-lag";

    /** The consumer writes topic tags with dots replaced by underscores. */
    private final Set<String> topicTags;

    IndexLag(Set<String> inputTopics) {
        this.topicTags = inputTopics.stream().map(t -> t.replace('.', '_')).collect(Collectors.toUnmodifiableSet());
    }

    double recordsBehind(Map<MetricName, ? extends Metric> metrics) {
        double sum = 0;
        for (Map.Entry<MetricName, ? extends Metric> e : metrics.entrySet()) {
            MetricName name = e.getKey();
            if (!RECORDS_LAG.equals(name.name()) || !FETCH_GROUP.equals(name.group())
                    || !name.tags().containsKey("partition")
                    || !topicTags.contains(name.tags().get("topic"))) {
                continue;
            }
            if (e.getValue().metricValue() instanceof Number lag && !Double.isNaN(lag.doubleValue())) {
                sum += lag.doubleValue();
            }
        }
        return sum;
    }
}
