package io.paperstream.ingest;

import io.paperstream.ingest.cli.SplitCommand;
import io.paperstream.runtime.ServiceRunner;
import java.util.Arrays;

/** {@code ingest-service [--config FILE]} runs the service; {@code ingest-service split FILE…} previews files. */
public final class IngestMain {

    private IngestMain() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("split")) {
            System.exit(SplitCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        ServiceRunner.main("ingest", args, IngestService::new);
        // ServiceRunner.main returns only after printing --help
        System.out.println("   or: ingest-service split FILE...  (prints the events each FILE would produce as JSON"
                + " lines, without Kafka)");
    }
}
