package io.paperstream.runtime;

import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.paperstream.topics.TopicAdmin;
import io.paperstream.topics.Topics;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Kafka Streams application with the lifecycle, metrics and failure policy every streams service shares.
 * Settings under {@code streams.} override Streams configs ({@code streams.num.standby.replicas=1}).
 */
public final class StreamsApp implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StreamsApp.class);

    private final ServiceContext context;
    private final KafkaStreams streams;
    private final KafkaStreamsMetrics metrics;

    private final Topics topics;

    public StreamsApp(ServiceContext context, Topics topics, Topology topology, Properties props) {
        this.context = context;
        this.topics = topics;
        log.info("Topology of {}-service:\n{}", context.serviceName(), topology.describe());
        this.streams = new KafkaStreams(topology, props);
        this.metrics = new KafkaStreamsMetrics(streams);
        metrics.bindTo(context.meters());
        streams.setStateListener((to, from) -> log.info("{}-service streams {} -> {}", context.serviceName(), from, to));
        streams.setUncaughtExceptionHandler(e -> {
            log.error("{}-service stream thread failed; shutting the client down so /health reports DOWN",
                    context.serviceName(), e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
    }

    /** Client configs from {@code kafka.}, then Streams defaults, then {@code streams.} overrides. */
    public static Properties baseProperties(ServiceContext context, String defaultApplicationId) {
        Properties props = new Properties();
        props.putAll(context.kafkaConfig());
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, defaultApplicationId);
        props.put(StreamsConfig.STATE_DIR_CONFIG, context.settings().get("state.dir", "./.paperstream/"
                + context.serviceName()));
        // Each commit ends an exactly-once transaction; 50 ms keeps drop-to-queryable latency low at a cost of
        // about 20 small transactions a second per stream thread.
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 50);
        props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 10 * 1024 * 1024);
        context.replicationFactor().ifPresent(rf -> props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) rf));
        props.putAll(context.settings().withPrefix("streams."));
        return props;
    }

    public void start() {
        TopicAdmin.ensureTopics(context.kafkaConfig(), topics.topicSpecs(), context.replicationFactor());
        streams.start();
    }

    public KafkaStreams streams() {
        return streams;
    }

    public boolean isRunning() {
        return streams.state() == KafkaStreams.State.RUNNING;
    }

    public boolean isAlive() {
        KafkaStreams.State s = streams.state();
        return s != KafkaStreams.State.ERROR && s != KafkaStreams.State.PENDING_ERROR;
    }

    @Override
    public void close() {
        // Leave the group on a clean stop: otherwise a restarted instance waits out the old member's session
        // timeout before its tasks are assigned.
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
        metrics.close();
    }
}
