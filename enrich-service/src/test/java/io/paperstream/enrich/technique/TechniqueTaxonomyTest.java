package io.paperstream.enrich.technique;

import io.paperstream.enrich.text.DataFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TechniqueTaxonomyTest {

    private static DataFile.Row row(int line, String... cells) {
        return new DataFile.Row("techniques.tsv", line, List.of(cells));
    }

    @Test
    void readsTheShippedTaxonomy() {
        TechniqueTaxonomy taxonomy = TechniqueTaxonomy.fromClasspath();
        assertThat(taxonomy.labels()).contains("quantization", "efficient-architecture", "efficient-training");
        assertThat(taxonomy.fallbacks()).extracting(TechniqueTaxonomy.Fallback::index)
                .containsExactly(taxonomy.labels().indexOf("efficient-architecture"));
    }

    @Test
    void namesTheFileAndLineOfEveryBadRecord() {
        assertThatThrownBy(() -> TechniqueTaxonomy.fromRows(List.of(
                row(1, "label", "pruning-sparsity", "Removing weights."),
                row(2, "term", "pruning", "1.0", "prun*"),
                row(3, "fallback", "pruning-sparsity", "2.5", "fewer parameters"),
                row(4, "fallback", "efficient-architecture", "3", "flops"),
                row(5, "synonym", "pruning-sparsity", "trim"),
                row(6, "incidental", "pruning-sparsity", "serving"),
                row(7, "title-pattern", "pruning-sparsity", "0.8", "(unclosed"),
                row(8, "companion", "pruning-sparsity", "pruning-sparsity", "1.5"),
                row(9, "joint", "speculative", "0.8", "guess*", "verif*"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("techniques.tsv:2: label not declared: pruning")
                .hasMessageContaining("techniques.tsv:3: mention count must be a whole number ≥ 1: 2.5")
                .hasMessageContaining("techniques.tsv:4: label not declared: efficient-architecture")
                .hasMessageContaining("techniques.tsv:5: unknown record type synonym")
                .hasMessageContaining("techniques.tsv:6: label not declared: serving")
                .hasMessageContaining("techniques.tsv:7: not a regular expression: Unclosed group")
                .hasMessageContaining("techniques.tsv:8: minimum score must be within 0..1: 1.5")
                .hasMessageContaining("techniques.tsv:9: label not declared: speculative");
        assertThatThrownBy(() -> TechniqueTaxonomy.fromRows(List.of(
                row(1, "label", "speculative-decoding", "Drafting and verifying."),
                row(2, "joint", "speculative-decoding", "0.8", "guess*"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("techniques.tsv:2: expected at least 5 tab-separated cells");
    }
}
