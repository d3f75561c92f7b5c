package io.paperstream.enrich.eval;

import io.paperstream.enrich.Enricher;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regression guard over the hand-labelled set: the floors sit well below today's figures
 * (techniques micro-F1 0.80, claims micro-F1 0.93) so that only a real regression fails.
 */
class EvaluationTest {

    @Test
    void enrichmentStaysAboveItsQualityFloor() {
        List<LabelledPaper> labelled = LabelledSet.read(Evaluate.locateDefault());
        assertThat(labelled).hasSizeGreaterThanOrEqualTo(60);

        Evaluation evaluation = Evaluation.run(Enricher.fromClasspath(), labelled);

        assertThat(evaluation.techniquesMicro().f1()).as(evaluation.report()).isGreaterThanOrEqualTo(0.72);
        assertThat(evaluation.mainTechniqueAccuracy()).as(evaluation.report()).isGreaterThanOrEqualTo(0.72);
        assertThat(evaluation.claimsMicro().f1()).as(evaluation.report()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void everyLabelledPaperHasTextsAndKnownKinds() throws Exception {
        assertThat(Files.exists(Evaluate.locateDefault())).isTrue();
        for (LabelledPaper paper : LabelledSet.read(Evaluate.locateDefault())) {
            assertThat(paper.title()).isNotBlank();
            assertThat(paper.techniques()).as(paper.id()).isNotEmpty();
            paper.claims().forEach(c -> assertThat(c.kind()).as(paper.id())
                    .isIn("speedup", "reduction", "improvement", "score", "compression-ratio"));
        }
    }
}
