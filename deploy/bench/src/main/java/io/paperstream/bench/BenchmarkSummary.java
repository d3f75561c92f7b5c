package io.paperstream.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** The markdown page written beside each result file: every figure next to its goal. */
final class BenchmarkSummary {

    private BenchmarkSummary() {
    }

    static String markdown(JsonNode r, String name) {
        StringBuilder md = new StringBuilder();
        JsonNode m = r.path("machine");
        md.append("# Pipeline benchmark ").append(name).append("\n\n");
        md.append(String.format(Locale.ROOT, "%d papers in %d reports (%.1f MB, %d broken entries), seed %d, %d index instance(s); "
                        + "commit %s%s.%n%n", r.path("papers").asInt(), r.path("reports").asInt(), r.path("corpus_bytes").asLong() / 1e6,
                r.path("broken_entries").asInt(), r.path("seed").asLong(), r.path("index_instances").asInt(),
                r.path("git_sha").asText(), r.path("git_dirty").asBoolean() ? " (with uncommitted changes)" : ""));
        md.append(String.format(Locale.ROOT, "Machine: %d cores (%s), %.0f GiB, %s, %s. Load average (1/5/15 min) %s at start, %s at end.%n%n",
                m.path("cores").asInt(), m.path("cpu").asText(), m.path("memory_bytes").asLong() / (1024.0 * 1024 * 1024),
                m.path("jvm").asText(), m.path("os").asText(), m.path("load_average_start").asText(), m.path("load_average_end").asText()));

        if (r.path("profiled_with_jfr").asBoolean()) {
            md.append("Recorded with JFR (--profile) in every JVM: expect about 1 % less than an unprofiled run.\n\n");
        }
        md.append("| figure | measured | goal | met |\n|---|---|---|---|\n");
        double e2e = r.path("e2e_papers_per_s").asDouble();
        double ceiling = r.path("kafka_producer_records_per_s").asDouble();
        double ratio = r.path("ratio").asDouble();
        row(md, "end-to-end papers/s (drop → every report complete in the index)", fmt(e2e, 0), "", null);
        row(md, "ingest papers/s (drop → every file `completed`)", fmt(r.path("ingest_papers_per_s").asDouble(), 0)
                + " (" + fmt(r.path("ingest_mb_per_s").asDouble(), 1) + " MB/s)", "", null);
        row(md, "Kafka ceiling: ProducerPerformance records/s (" + r.path("kafka_producer_record_bytes").asInt() + " B records, "
                + "acks=all, idempotent, linger 5 ms, lz4, transactions of " + r.path("kafka_producer_transaction_ms").asLong() + " ms)",
                fmt(ceiling, 0), "", null);
        row(md, "ratio = end-to-end / ceiling", fmt(ratio, 3), "≥ " + PipelineBenchmark.GOAL_RATIO, ratio >= PipelineBenchmark.GOAL_RATIO);
        double dropP99 = r.path("drop_to_queryable_p99_ms").asDouble();
        row(md, "drop-to-queryable p50 / p95 / p99 ms (" + r.path("drop_to_queryable_samples").asInt() + " single reports)",
                fmt(r.path("drop_to_queryable_p50_ms").asDouble(), 0) + " / " + fmt(r.path("drop_to_queryable_p95_ms").asDouble(), 0)
                        + " / " + fmt(dropP99, 0), "p99 ≤ " + fmt(PipelineBenchmark.GOAL_DROP_P99_MS, 0), dropP99 <= PipelineBenchmark.GOAL_DROP_P99_MS);
        double lookupP99 = r.path("key_lookup_p99_ms").asDouble();
        double lookupRate = r.path("key_lookup_req_per_s").asDouble();
        row(md, "key lookup `GET /papers/{id}` p50 / p99 ms at req/s (" + r.path("query_threads").asInt() + " connections)",
                fmt(r.path("key_lookup_p50_ms").asDouble(), 2) + " / " + fmt(lookupP99, 2) + " at " + fmt(lookupRate, 0),
                "p99 ≤ " + fmt(PipelineBenchmark.GOAL_LOOKUP_P99_MS, 0) + " ms at ≥ " + fmt(PipelineBenchmark.GOAL_LOOKUP_REQ_PER_S, 0) + " req/s",
                lookupP99 <= PipelineBenchmark.GOAL_LOOKUP_P99_MS && lookupRate >= PipelineBenchmark.GOAL_LOOKUP_REQ_PER_S);
        row(md, "filtered list `GET /papers?technique=…&limit=50` p50 / p99 ms at req/s",
                fmt(r.path("list_p50_ms").asDouble(), 2) + " / " + fmt(r.path("list_p99_ms").asDouble(), 2) + " at "
                        + fmt(r.path("list_req_per_s").asDouble(), 0), "", null);
        row(md, "parser MB/s/core", "JMH: `./mvnw -Pbench -pl ingest-service test-compile exec:exec`",
                "≥ " + fmt(PipelineBenchmark.GOAL_PARSER_MB_PER_S_PER_CORE, 0), null);
        row(md, "enrichment papers/s/core", "JMH: `./mvnw -Pbench -pl enrich-service test-compile exec:exec`",
                "≥ " + fmt(PipelineBenchmark.GOAL_ENRICH_PAPERS_PER_S_PER_CORE, 0), null);

        md.append("\nCPU seconds used by each process during the throughput phase (")
                .append(fmt(r.path("e2e_seconds").asDouble(), 1)).append(" s wall clock):");
        r.path("cpu_seconds_during_throughput").fields().forEachRemaining(e ->
                md.append(' ').append(e.getKey()).append(' ').append(fmt(e.getValue().asDouble(), 1)).append(';'));
        md.setLength(md.length() - 1);
        md.append(".\n\nFull figures: `").append(name).append(".json`. How to run and read them: docs/benchmarks.md.\n");
        return md.toString();
    }

    private static void row(StringBuilder md, String figure, String measured, String goal, Boolean met) {
        md.append("| ").append(figure).append(" | ").append(measured).append(" | ").append(goal).append(" | ")
                .append(met == null ? "" : met ? "yes" : "**no**").append(" |\n");
    }

    private static String fmt(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }
}
