package io.paperstream.serde;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/** Makes the value serde of an Avro record type. One implementation talks to the schema registry. */
public interface AvroSerdes {

    <T extends SpecificRecord> Serde<T> valueSerde(Class<T> type);
}
