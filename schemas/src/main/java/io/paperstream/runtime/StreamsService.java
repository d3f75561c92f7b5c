package io.paperstream.runtime;

/** A service that is one Kafka Streams application: its lifecycle and health are the application's. */
public abstract class StreamsService implements PaperstreamService {

    protected abstract StreamsApp app();

    @Override
    public void start() {
        app().start();
    }

    @Override
    public boolean isReady() {
        return app().isRunning();
    }

    @Override
    public boolean isAlive() {
        return app().isAlive();
    }

    @Override
    public void close() {
        app().close();
    }
}
