package io.paperstream.enrich;

import io.paperstream.enrich.stream.EnrichMetrics;
import io.paperstream.enrich.stream.EnrichTopology;
import io.paperstream.runtime.PaperstreamService;
import io.paperstream.runtime.ServiceContext;
import io.paperstream.runtime.StreamsApp;
import io.paperstream.topics.Topics;
import java.time.Clock;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/** enrich-service: a Kafka Streams application running {@link EnrichTopology} exactly once. */
public final class EnrichService implements PaperstreamService {

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
    public void start() {
        app.start();
    }

    @Override
    public boolean isReady() {
        return app.isRunning();
    }

    @Override
    public boolean isAlive() {
        return app.isAlive();
    }

    @Override
    public void close() {
        app.close();
    }
}
