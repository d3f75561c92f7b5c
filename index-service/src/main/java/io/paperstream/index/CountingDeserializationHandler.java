package io.paperstream.index;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Skips a record the index cannot read, as {@code LogAndContinueExceptionHandler} does, and counts it as
 * {@code paperstream.rejections{stage=index,reason=deserialization-failed}}. Kafka Streams creates the handler
 * itself; the meter registry reaches it through the Streams properties under {@link #METER_REGISTRY_CONFIG}.
 */
public final class CountingDeserializationHandler implements DeserializationExceptionHandler {

    /** Streams property holding the {@link MeterRegistry} (an object, not a string). */
    public static final String METER_REGISTRY_CONFIG = "paperstream.meter.registry";
    /** As spelled out in the builder, where the deployment check (deploy/manifests-check) looks for meter names. */
    public static final String REJECTIONS = "paperstream.rejections";
    public static final String DESERIALIZATION_FAILED = "deserialization-failed";

    private static final Logger log = LoggerFactory.getLogger(CountingDeserializationHandler.class);

    private Counter rejected;

    @Override
    public void configure(Map<String, ?> configs) {
        if (!(configs.get(METER_REGISTRY_CONFIG) instanceof MeterRegistry registry)) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " needs a MeterRegistry under the Streams "
                    + "property " + METER_REGISTRY_CONFIG + ", got " + configs.get(METER_REGISTRY_CONFIG));
        }
        rejected = rejectionCounter(registry);
    }

    /** Registered when the service starts as well, so the series reads 0 before the first rejection. */
    static Counter rejectionCounter(MeterRegistry registry) {
        return Counter.builder("paperstream.rejections").tag("stage", "index").tag("reason", DESERIALIZATION_FAILED)
                .description("Records a stage could not turn into a paper, by stage and reason").register(registry);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
                                Exception exception) {
        log.warn("Skipping a record the index cannot read: {}-{}@{}, key {}: {}", context.topic(), context.partition(),
                context.offset(), keyOf(record), exception.toString());
        rejected.increment();
        return Response.resume();
    }

    private static String keyOf(ConsumerRecord<byte[], byte[]> record) {
        return record.key() == null ? null : new String(record.key(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
