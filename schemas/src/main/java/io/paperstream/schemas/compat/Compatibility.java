package io.paperstream.schemas.compat;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;

/** BACKWARD compatibility: consumers using the new schema can read everything written with the old ones. */
public final class Compatibility {

    private Compatibility() {
    }

    /** Problems reading data written with {@code writer} using {@code reader}; empty when compatible. */
    public static List<String> backwardProblems(Schema reader, Schema writer) {
        SchemaPairCompatibility result = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        List<String> problems = new ArrayList<>();
        result.getResult().getIncompatibilities().forEach(i -> problems.add(i.getType() + " at " + i.getLocation()
                + ": " + i.getMessage()));
        return problems;
    }
}
