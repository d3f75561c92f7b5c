package io.paperstream.runtime;

import io.javalin.Javalin;

/**
 * The lifecycle every service shares: built from its settings, started once, closed once. The runner
 * serves {@code /health}, {@code /ready} and {@code /metrics}; a service adds its own routes.
 */
public interface PaperstreamService extends AutoCloseable {

    /** Starts background work and returns; the service becomes ready later. */
    void start();

    /** True while the service can do its work (Kafka clients usable, Streams RUNNING). */
    boolean isReady();

    /** False once the service has failed for good and should be restarted. */
    default boolean isAlive() {
        return true;
    }

    /** Adds the service's own HTTP routes. */
    default void addRoutes(Javalin app) {
    }

    @Override
    void close();
}
