package io.paperstream.index.topology;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** Records that an entry of a report reached the index; one key per entry, so repeats change nothing. */
final class ReportEntryProcessor implements Processor<String, ReportEntry, Void, Void> {

    private KeyValueStore<String, String> reportEntries;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        reportEntries = context.getStateStore(IndexTopology.REPORT_ENTRIES);
    }

    @Override
    public void process(Record<String, ReportEntry> record) {
        if (record.key() != null && record.value() != null) {
            reportEntries.put(FacetKeys.reportEntry(record.key(), record.value().entry()), record.value().paperId());
        }
    }
}
