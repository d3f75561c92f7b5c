package io.paperstream.enrich;

import io.paperstream.enrich.stream.EnrichMetrics;
import io.paperstream.enrich.stream.EnrichTopology;
import io.paperstream.runtime.ServiceContext;
import io.paperstream.runtime.StreamsApp;
import io.paperstream.runtime.StreamsService;
import io.paperstream.topics.Topics;
import java.time.Clock;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/** enrich-service: a Kafka Streams application running {@link EnrichTopology} exactly once. */
public final class EnrichService extends StreamsService {

    private final StreamsApp app;

    public EnrichService(ServiceContext context) {
        Topics topics = context.topics();
        Properties props = StreamsApp.baseProperties(context, "paperstream-enrich");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        this.app = new StreamsApp(context, topics,
                EnrichTopology.build(topics, Enricher.fromClasspath(), Clock.systemUTC(),
                        new EnrichMetrics(context.meters())), props);
    }

    @Override
    protected StreamsApp app() {
        return app;
    }
}
