package io.paperstream.schemas.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The build-time guard of the schema contract: every schema is published, and the current one reads data
 * written with every published version (BACKWARD, transitively).
 */
class SchemaCompatibilityTest {

    private static final Path PUBLISHED = Path.of("published");

    @TestFactory
    List<DynamicTest> currentSchemasAreBackwardCompatibleWithEveryPublishedVersion() {
        return SchemaCatalog.current().stream().map(schema -> DynamicTest.dynamicTest(schema.getName(), () -> {
            List<SchemaCatalog.Published> versions = SchemaCatalog.published(PUBLISHED, schema.getName());
            assertThat(versions).as("published versions of %s (run ./mvnw -q -pl schemas compile exec:java)",
                    schema.getName()).isNotEmpty();
            for (SchemaCatalog.Published old : versions) {
                assertThat(Compatibility.backwardProblems(schema, old.schema()))
                        .as("%s reading data written with v%d", schema.getName(), old.version()).isEmpty();
            }
            assertThat(versions.get(versions.size() - 1).schema())
                    .as("%s changed since its last published version: publish it with "
                            + "./mvnw -q -pl schemas compile exec:java", schema.getName())
                    .isEqualTo(schema);
        })).toList();
    }

    @Test
    void removingAFieldWithoutDefaultOrAddingARequiredFieldIsDetected() {
        Schema v1 = SchemaBuilder.record("R").fields().requiredString("a").endRecord();
        Schema addedRequired = SchemaBuilder.record("R").fields().requiredString("a").requiredInt("b").endRecord();
        Schema addedOptional = SchemaBuilder.record("R").fields().requiredString("a")
                .name("b").type().intType().intDefault(0).endRecord();
        Schema retyped = SchemaBuilder.record("R").fields().requiredInt("a").endRecord();

        assertThat(Compatibility.backwardProblems(addedRequired, v1)).isNotEmpty();
        assertThat(Compatibility.backwardProblems(retyped, v1)).isNotEmpty();
        assertThat(Compatibility.backwardProblems(addedOptional, v1)).isEmpty();
    }
}
