package io.paperstream.index.topology;

import static io.paperstream.index.IndexFixture.claim;
import static io.paperstream.index.IndexFixture.paper;
import static io.paperstream.index.IndexFixture.technique;
import static org.assertj.core.api.Assertions.assertThat;

import io.paperstream.index.IndexFixture;
import io.paperstream.index.query.PartitionScope;
import io.paperstream.schemas.EnrichedPaper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TechniqueCountersTest {

    @Test
    void sortableValuesOrderLikeTheNumbersAndReadBack() {
        List<Double> values = List.of(-1e300, -31.5, -1.0, -Double.MIN_VALUE, -0.0, 0.0, Double.MIN_VALUE, 0.5, 1.0,
                2.35, 2.4, 10.0, 31.0, 1e300);
        List<String> encoded = values.stream().map(TechniqueCounters::sortable).toList();

        assertThat(encoded).isSortedAccordingTo(Comparator.naturalOrder()).doesNotHaveDuplicates();
        assertThat(encoded).allSatisfy(e -> assertThat(e).hasSize(16));
        assertThat(encoded.stream().map(TechniqueCounters::valueOf).toList()).isEqualTo(values);
    }

    @Test
    void aTechniquesCountersAreNotMixedWithThoseOfATechniqueItPrefixes() {
        try (IndexFixture index = new IndexFixture()) {
            index.pipe(paper("p1", "r1", 1).setTechniques(List.of(technique("kv", 0.9)))
                    .setClaims(List.of(claim("speedup", 2.0, null))).build());
            index.pipe(paper("p2", "r1", 2).setTechniques(List.of(technique("kv-cache", 0.9)))
                    .setClaims(List.of(claim("speedup", 9.0, null), claim("reduction", 80, "kv\0cache"))).build());

            Map<String, TechniqueStats> stats = TechniqueStats.sum(
                    index.localIndex().techniques(PartitionScope.ALL_LOCAL).value());

            assertThat(stats.get("kv").speedups()).isEqualTo(Map.of(2.0, 1L));
            assertThat(stats.get("kv-cache").speedups()).isEqualTo(Map.of(9.0, 1L));
            assertThat(stats.get("kv-cache").bestReductions()).isEqualTo(Map.of("kvcache", 80.0));
        }
    }

    /** Statistics of separately indexed halves, added up, equal those of the whole: what a fan-out relies on. */
    @Test
    void statisticsOfDisjointPartsAddUpToThoseOfTheWhole() {
        List<EnrichedPaper> papers = new ArrayList<>();
        double[] speedups = {1.5, 3.0, 2.0, 8.0, 3.0, 1.25, 4.0};
        for (int i = 0; i < speedups.length; i++) {
            papers.add(paper("p" + i, "r1", i + 1)
                    .setTechniques(List.of(technique(i % 3 == 0 ? "distillation" : "quantization", 0.9),
                            technique("kv-cache", 0.8)))
                    .setClaims(List.of(claim("speedup", speedups[i], null), claim("reduction", 10 * i, i % 2 == 0 ? "memory" : null)))
                    .build());
        }
        try (IndexFixture whole = new IndexFixture(); IndexFixture odd = new IndexFixture();
             IndexFixture even = new IndexFixture()) {
            for (int i = 0; i < papers.size(); i++) {
                whole.pipe(papers.get(i));
                (i % 2 == 0 ? even : odd).pipe(papers.get(i));
            }
            List<TechniqueStats> parts = new ArrayList<>(odd.localIndex().techniques(PartitionScope.ALL_LOCAL).value());
            parts.addAll(even.localIndex().techniques(PartitionScope.ALL_LOCAL).value());

            Map<String, TechniqueStats> added = TechniqueStats.sum(parts);
            Map<String, TechniqueStats> expected = TechniqueStats.sum(whole.localIndex().techniques(PartitionScope.ALL_LOCAL).value());

            assertThat(added).isEqualTo(expected);
            assertThat(added.get("kv-cache").medianSpeedup()).isEqualTo(3.0);
            assertThat(added.get("kv-cache").papers()).isEqualTo(7);
            assertThat(added.get("quantization").medianSpeedup()).isEqualTo(2.5);
            assertThat(added.get("kv-cache").bestReductions()).isEqualTo(Map.of("memory", 60.0,
                    TechniqueStats.UNSPECIFIED_TARGET, 50.0));
        }
    }
}
