package io.paperstream.topics;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the pipeline's topics if they are missing; safe to call from every service at start-up. */
public final class TopicAdmin {

    private static final Logger log = LoggerFactory.getLogger(TopicAdmin.class);

    private TopicAdmin() {
    }

    /**
     * @param replicationFactor empty for the broker's default
     */
    public static void ensureTopics(Map<String, Object> clientConfig, List<TopicSpec> specs,
                                    Optional<Short> replicationFactor) {
        try (Admin admin = Admin.create(clientConfig)) {
            for (TopicSpec spec : specs) {
                NewTopic topic = new NewTopic(spec.name(), Optional.of(spec.partitions()), replicationFactor)
                        .configs(spec.config());
                try {
                    admin.createTopics(List.of(topic)).all().get(60, TimeUnit.SECONDS);
                    log.info("Created topic {} ({} partitions, {})", spec.name(), spec.partitions(), spec.config());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Could not create topic " + spec.name() + ": "
                                + e.getCause().getMessage(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer within 60 s while creating topics at "
                    + clientConfig.get("bootstrap.servers"), e);
        }
    }
}
