package io.paperstream.stack;

import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * The Kafka broker and schema registry that integration tests run against: in this JVM and a child process
 * ({@link EmbeddedBackend}), or in Docker containers ({@link ContainerBackend}). Tests only see the addresses,
 * so the same test classes run on either.
 */
public interface TestBackend extends AutoCloseable {

    /** System property choosing the backend: {@code auto} (the default), {@code containers} or {@code embedded}. */
    String PROPERTY = "paperstream.it.backend";

    String bootstrapServers();

    /** Apicurio core API ({@code …/apis/registry/v3}), the URL our serdes take. */
    String registryCoreUrl();

    /** Confluent-compatible API ({@code …/apis/ccompat/v7}). */
    String ccompatUrl();

    @Override
    void close();

    enum Kind {
        EMBEDDED, CONTAINERS;

        /**
         * The backend for {@code requested} (the value of {@link #PROPERTY}; null or blank means auto). Auto
         * takes containers when Docker answers and embedded otherwise; {@code dockerAvailable} is only asked then.
         */
        public static Kind choose(String requested, BooleanSupplier dockerAvailable) {
            String value = requested == null || requested.isBlank() ? "auto" : requested.trim().toLowerCase(Locale.ROOT);
            return switch (value) {
                case "embedded" -> EMBEDDED;
                case "containers" -> CONTAINERS;
                case "auto" -> dockerAvailable.getAsBoolean() ? CONTAINERS : EMBEDDED;
                default -> throw new IllegalArgumentException("-D" + PROPERTY + "=" + requested
                        + " is not a backend; use auto, containers or embedded");
            };
        }
    }

    /** Starts the backend of {@code kind}; the caller closes it. */
    static TestBackend start(Kind kind) {
        return switch (kind) {
            case EMBEDDED -> EmbeddedBackend.start();
            case CONTAINERS -> ContainerBackend.start();
        };
    }
}
