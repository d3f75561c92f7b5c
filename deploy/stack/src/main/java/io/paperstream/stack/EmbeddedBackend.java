package io.paperstream.stack;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** A KRaft broker inside this JVM and an Apicurio Registry child process, started together. No Docker needed. */
final class EmbeddedBackend implements TestBackend {

    private final EmbeddedKafkaBroker broker;
    private final SchemaRegistryProcess registry;

    private EmbeddedBackend(EmbeddedKafkaBroker broker, SchemaRegistryProcess registry) {
        this.broker = broker;
        this.registry = registry;
    }

    static EmbeddedBackend start() {
        Path brokerDir = SharedStack.newTempDir("shared-kafka");
        Path logDir = SharedStack.newTempDir("shared-logs");
        CompletableFuture<SchemaRegistryProcess> registryStart = CompletableFuture.supplyAsync(() ->
                SchemaRegistryProcess.start(null, 0, logDir.resolve("registry.log"),
                        SchemaRegistryProcess.DEFAULT_READY_TIMEOUT));
        EmbeddedKafkaBroker broker;
        try {
            broker = EmbeddedKafkaBroker.start(brokerDir);
        } catch (RuntimeException e) {
            registryStart.thenAccept(SchemaRegistryProcess::close);
            throw e;
        }
        try {
            return new EmbeddedBackend(broker, registryStart.join());
        } catch (CompletionException e) {
            broker.close();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    @Override
    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    @Override
    public String registryCoreUrl() {
        return registry.coreApiUrl();
    }

    @Override
    public String ccompatUrl() {
        return registry.ccompatUrl();
    }

    @Override
    public String toString() {
        return "embedded broker at " + bootstrapServers() + ", registry process at " + registry.baseUrl();
    }

    @Override
    public void close() {
        try {
            registry.close();
        } finally {
            broker.close();
        }
    }
}
