package io.paperstream.index;

import io.javalin.Javalin;
import io.micrometer.core.instrument.Gauge;
import io.paperstream.index.http.IndexRoutes;
import io.paperstream.index.http.InternalRoutes;
import io.paperstream.index.query.DistributedIndex;
import io.paperstream.index.query.KafkaStreamsStores;
import io.paperstream.index.query.LocalIndex;
import io.paperstream.index.query.PeerClient;
import io.paperstream.index.query.QueryRetry;
import io.paperstream.index.topology.IndexMetrics;
import io.paperstream.index.topology.IndexOptions;
import io.paperstream.index.topology.IndexTopology;
import io.paperstream.runtime.ServiceContext;
import io.paperstream.runtime.Settings;
import io.paperstream.runtime.StreamsApp;
import io.paperstream.runtime.StreamsService;
import io.paperstream.serde.AvroSerdes;
import io.paperstream.topics.Topics;
import java.time.Duration;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.HostInfo;

/**
 * index-service: materialises papers.enriched and reports.summaries into state stores and serves them.
 * Several instances with the same application id share the partitions and answer for each other.
 */
public final class IndexService extends StreamsService {

    private final StreamsApp app;
    private final IndexRoutes publicRoutes;
    private final InternalRoutes internalRoutes;

    public IndexService(ServiceContext context) {
        Settings settings = context.settings();
        AvroSerdes serdes = context.avroSerdes();
        Topics topics = new Topics(serdes, settings.get("topics.prefix", ""));
        Topology topology = IndexTopology.build(topics, IndexOptions.defaults(serdes), new IndexMetrics(context.meters()));
        // where peers reach this instance; the port differs from http.port behind a port mapping
        HostInfo self = new HostInfo(settings.get("http.advertised.host", "localhost"),
                settings.getInt("http.advertised.port", settings.getInt("http.port", 8080)));
        this.app = new StreamsApp(context, topics, topology, streamsConfig(context, self));
        CountingDeserializationHandler.rejectionCounter(context.meters());
        IndexLag lag = new IndexLag(Set.of(topics.papersEnriched().name(), topics.reportSummaries().name()));
        Gauge.builder("paperstream.index.lag.records", app.streams(), streams -> lag.recordsBehind(streams.metrics()))
                .description("Records of papers.enriched and reports.summaries this instance has not read yet")
                .register(context.meters());
        LocalIndex local = new LocalIndex(new KafkaStreamsStores(app.streams(), topology));
        Duration queryTimeout = settings.getDuration("index.query.timeout", Duration.ofSeconds(5));
        this.publicRoutes = new IndexRoutes(new DistributedIndex(app.streams(), topics, self, local,
                new PeerClient(queryTimeout), new QueryRetry(queryTimeout)));
        this.internalRoutes = new InternalRoutes(local);
    }

    static Properties streamsConfig(ServiceContext context, HostInfo self) {
        Settings settings = context.settings();
        Properties p = StreamsApp.baseProperties(context, settings.get("index.application.id", "paperstream-index"));
        // Two instances in one JVM (tests) must not share client ids.
        p.put(StreamsConfig.CLIENT_ID_CONFIG, context.kafkaConfig().get("client.id") + "-" + self.port());
        p.put(StreamsConfig.APPLICATION_SERVER_CONFIG, self.host() + ":" + self.port());
        p.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, settings.getInt("index.standby.replicas", 0));
        // Exactly-once, although the index only reads: one input record changes several stores (paper,
        // facets, counts, statistics) and a report entry; a transaction keeps their changelogs in step
        // after a crash, which at-least-once cannot (a replay sees the paper already merged and would not
        // redo a facet or statistics change that was lost). It also reads with read_committed, so aborted
        // ingest transactions never reach the index.
        p.putIfAbsent(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // A record the index cannot read is skipped, logged and counted rather than stopping the whole index.
        p.putIfAbsent(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                CountingDeserializationHandler.class.getName());
        p.put(CountingDeserializationHandler.METER_REGISTRY_CONFIG, context.meters());
        return p;
    }

    @Override
    public void addRoutes(Javalin app) {
        publicRoutes.register(app);
        internalRoutes.register(app);
    }

    @Override
    protected StreamsApp app() {
        return app;
    }
}
