package io.paperstream.index.topology;

import io.paperstream.schemas.ReportSummary;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** Keeps the latest summary of each report. */
final class ReportSummaryProcessor implements Processor<String, ReportSummary, Void, Void> {

    private KeyValueStore<String, ReportSummary> reports;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        reports = context.getStateStore(IndexTopology.REPORTS);
    }

    @Override
    public void process(Record<String, ReportSummary> record) {
        if (record.key() == null) {
            return;
        }
        if (record.value() == null) {
            reports.delete(record.key());
        } else {
            reports.put(record.key(), record.value());
        }
    }
}
