package io.paperstream.stack;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar paperstream-stack-<version>-all.jar}: starts the local stack, prints where it answers and
 * runs until Ctrl-C or SIGTERM, which stop everything it started. Configured only by environment variables,
 * see {@link LocalStackConfig} and docs/operations.md.
 */
public final class LocalStackMain {

    private LocalStackMain() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            System.out.println(usage());
            System.exit(args[0].equals("--help") || args[0].equals("-h") ? 0 : 2);
        }
        PrintStream out = System.out;
        LocalStackConfig config;
        try {
            config = LocalStackConfig.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("paperstream-local: " + e.getMessage());
            System.exit(2);
            return;
        }
        // Before the first logger exists: the broker's own logs go to a file, only errors to the console.
        System.setProperty("paperstream.log.dir", config.logDir().toString());
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "paperstream-stack-logback.xml");
        }

        LocalStack stack = new LocalStack(config, out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (stack.hasRunningComponents()) {
                out.println("stopping local stack...");
                stack.close();
                out.println("local stack stopped");
            }
            stopped.countDown();
        }, "local-stack-shutdown"));

        Endpoints endpoints;
        try {
            endpoints = stack.start();
        } catch (RuntimeException e) {
            System.err.println("paperstream-local: could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        out.printf("%nlocal stack ready in %.1f s%n", stack.uptimeSeconds());
        out.println("  query API        " + String.join("  ", endpoints.query()));
        out.println("  ingest           " + endpoints.ingest().get(0) + "   (drop reports into " + config.inbox() + ")");
        out.println("  enrich           " + endpoints.enrich().get(0));
        out.println("  schema registry  " + endpoints.registry());
        out.println("  Kafka            " + endpoints.kafka());
        out.println("  logs             " + config.logDir());
        out.println("  endpoints        " + config.endpointsFile());
        out.println("Press Ctrl-C to stop.");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String usage() {
        return """
                Usage: paperstream-local   (no arguments; configure with environment variables)
                  PAPERSTREAM_DATA             data, state and logs        [./.paperstream]
                  PAPERSTREAM_INBOX            folder ingest watches       [./inbox]
                  PAPERSTREAM_PORT             first query API port        [8080]
                  PAPERSTREAM_INDEX_INSTANCES  index-service processes     [1] (max 10)
                Ports: index i at PORT+i, ingest PORT+10, enrich PORT+11, registry PORT+12, Kafka PORT+13,
                controller PORT+14. See docs/operations.md.""";
    }
}
