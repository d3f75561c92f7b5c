package io.paperstream.index.bench;

import static io.paperstream.index.IndexFixture.claim;
import static io.paperstream.index.IndexFixture.paper;
import static io.paperstream.index.IndexFixture.technique;

import io.paperstream.schemas.EnrichedPaper;
import io.paperstream.schemas.MetricClaim;
import io.paperstream.schemas.TechniqueLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded enriched papers shaped like the benchmark corpus: one to three of a dozen techniques, up to four
 * claims with values spread the way reports spread them (two decimals), a few institutions and models, and
 * one paper in ten enriched a second time with newer rules so re-enrichment is part of the load.
 */
final class SyntheticPapers {

    static final List<String> TECHNIQUES = List.of("quantization", "kv-cache", "pruning-sparsity", "distillation",
            "speculative-decoding", "lora", "moe", "attention-kernel", "token-merging", "caching", "compilation",
            "batching");
    private static final List<String> TARGETS = List.of("memory", "kv-cache", "latency", "flops");
    private static final List<String> INSTITUTIONS = List.of("Tsinghua University", "Peking University",
            "Zhejiang University", "Shanghai AI Lab", "MIT", "Stanford University", "Google", "Meta");
    private static final List<String> MODELS = List.of("Llama-3.1-8B", "Qwen2.5-7B", "SDXL", "Mistral-7B", "GPT-4o");

    private SyntheticPapers() {
    }

    /** {@code count} occurrences: every paper once, then re-enrichments of every tenth paper. */
    static List<EnrichedPaper> occurrences(int count, long seed) {
        Random random = new Random(seed);
        int distinct = count - count / 10;
        List<EnrichedPaper> out = new ArrayList<>(count);
        for (int i = 0; i < distinct; i++) {
            out.add(paperNumber(i, "1.0.0", random));
        }
        for (int i = 0; out.size() < count; i += 10) {
            out.add(paperNumber(i % distinct, "1.1.0", random));
        }
        return out;
    }

    static String id(int n) {
        return String.format("%016x", 0x5eed000000L + n);
    }

    private static EnrichedPaper paperNumber(int n, String version, Random random) {
        List<TechniqueLabel> techniques = new ArrayList<>();
        int techniqueCount = 1 + random.nextInt(3);
        for (int t = 0; t < techniqueCount; t++) {
            String id = TECHNIQUES.get(random.nextInt(TECHNIQUES.size()));
            if (techniques.stream().noneMatch(l -> l.getId().equals(id))) {
                techniques.add(technique(id, 0.5 + random.nextDouble() / 2));
            }
        }
        List<MetricClaim> claims = new ArrayList<>();
        int claimCount = random.nextInt(5);
        for (int c = 0; c < claimCount; c++) {
            if (random.nextBoolean()) {
                claims.add(claim("speedup", Math.round((1 + random.nextDouble() * 30) * 100) / 100.0, "latency"));
            } else {
                String target = random.nextInt(4) == 0 ? null : TARGETS.get(random.nextInt(TARGETS.size()));
                claims.add(claim("reduction", Math.round((10 + random.nextDouble() * 85) * 10) / 10.0, target));
            }
        }
        return paper(id(n), "report" + (n / 30), n % 30 + 1)
                .setEnrichmentVersion(version)
                .setTechniques(techniques)
                .setClaims(claims)
                .setInstitutions(List.of(INSTITUTIONS.get(random.nextInt(INSTITUTIONS.size()))))
                .setModels(List.of(MODELS.get(random.nextInt(MODELS.size()))))
                .build();
    }
}
