package io.paperstream.enrich;

import io.paperstream.enrich.claims.ClaimExtractor;
import io.paperstream.enrich.entities.ModalityClassifier;
import io.paperstream.enrich.entities.ModelNameFinder;
import io.paperstream.enrich.eval.Evaluate;
import io.paperstream.enrich.eval.LabelledPaper;
import io.paperstream.enrich.eval.LabelledSet;
import io.paperstream.enrich.technique.TechniqueClassifier;
import io.paperstream.enrich.text.Field;
import io.paperstream.schemas.Evidence;
import io.paperstream.schemas.MetricClaim;
import io.paperstream.schemas.TechniqueLabel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class EnricherTest {

    private static final Enricher ENRICHER = Enricher.fromClasspath();

    private static final PaperText PAPER = new PaperText(
            "ToyMerge: Token Merging for Diffusion Transformers",
            "复旦大学发布了ToyMerge论文，使用token合并技术，解决了扩散模型推理慢的问题，达成了SDXL上1.8倍加速的效果。",
            "We propose ToyMerge, a token merging method for diffusion transformers. It achieves a 1.8x speedup on SDXL. "
                    + "Code: https://github.com/example/toymerge.",
            "School of Computer Science, Fudan University Shanghai");

    @Test
    void enrichesEveryPart() {
        Enrichment e = ENRICHER.enrich(PAPER);
        assertThat(e.techniques()).extracting(TechniqueLabel::getId).startsWith("token-reduction");
        assertThat(e.claims()).extracting(MetricClaim::getSource, MetricClaim::getKind, MetricClaim::getValue, MetricClaim::getModel)
                .containsExactly(org.assertj.core.api.Assertions.tuple("brief", "speedup", 1.8, "SDXL"),
                        org.assertj.core.api.Assertions.tuple("abstract", "speedup", 1.8, "SDXL"));
        assertThat(e.modality()).isEqualTo("diffusion");
        assertThat(e.institutions()).containsExactly("Fudan University");
        assertThat(e.models()).containsExactly("SDXL");
        assertThat(e.codeUrls()).containsExactly("https://github.com/example/toymerge");
    }

    @Test
    void toleratesMissingTexts() {
        Enrichment e = ENRICHER.enrich(new PaperText(null, null, null, null));
        assertThat(e.techniques()).extracting(TechniqueLabel::getId).containsExactly("other");
        assertThat(e.claims()).isEmpty();
        assertThat(e.modality()).isEqualTo("general");
    }

    @Test
    void damagedPapersEnrichWithinWhatTheSchemaPromises() {
        List<PaperText> labelled = LabelledSet.read(Evaluate.locateDefault()).stream().map(LabelledPaper::text).toList();
        List<PaperText> damaged = PerturbedPapers.of(labelled, 20261121);
        assertThat(damaged.size()).isGreaterThan(labelled.size() * 20);
        for (PaperText paper : damaged) {
            Enrichment e = ENRICHER.enrich(paper);
            String described = paper.title() + " | " + paper.brief();
            assertThat(e.techniques()).as(described).extracting(TechniqueLabel::getId).doesNotHaveDuplicates()
                    .isSubsetOf(TECHNIQUE_IDS);
            assertThat(e.techniques()).as(described).extracting(TechniqueLabel::getScore)
                    .allMatch(score -> score >= 0 && score <= 1)
                    .isSortedAccordingTo(java.util.Comparator.reverseOrder());
            for (TechniqueLabel label : e.techniques()) {
                for (Evidence evidence : label.getEvidence()) {
                    assertThat(field(paper, evidence.getField())).as(described).contains(evidence.getTerm());
                }
            }
            for (MetricClaim claim : e.claims()) {
                assertThat(claim.getKind()).as(described).isIn(CLAIM_KINDS);
                assertThat(claim.getValue()).as(described).isFinite();
                if (claim.getLow() != null) {
                    assertThat(claim.getLow()).as(described).isFinite().isLessThanOrEqualTo(claim.getValue());
                }
                assertThat(claim.getUnit()).as(described).isNotBlank();
                assertThat(claim.getText()).as(described).isNotBlank();
                assertThat(field(paper, claim.getSource())).as(described).contains(claim.getText());
            }
            assertThat(e.modality()).as(described).isIn(MODALITIES);
            assertThat(e.institutions()).as(described).doesNotHaveDuplicates()
                    .allMatch(name -> !name.isBlank() && name.equals(name.strip()));
            assertThat(e.models()).as(described).doesNotHaveDuplicates().allMatch(name -> !name.isBlank());
            assertThat(e.codeUrls()).as(described).doesNotHaveDuplicates().allMatch(url -> url.matches("https?://\\S+"));
        }
    }

    @Test
    void pathologicalTextsEnrichToo() {
        // long runs of what the number, range and name readers step through, and a very long text
        String abstractText = LabelledSet.read(Evaluate.locateDefault()).get(0).abstractText();
        List<String> texts = List.of("1.".repeat(20_000), "(".repeat(20_000), "9".repeat(20_000) + "%",
                "1x-".repeat(10_000), "由1到".repeat(10_000), "University of ".repeat(5_000), "https://github.com/" + "a/".repeat(10_000),
                "Llama-".repeat(10_000), (abstractText + " ").repeat(200));
        for (String text : texts) {
            Enrichment e = ENRICHER.enrich(new PaperText(text, text, text, text));
            assertThat(e.techniques()).as(text.substring(0, 20)).isNotEmpty();
        }
    }

    private static String field(PaperText paper, String name) {
        return switch (name) {
            case "title" -> paper.title();
            case "brief" -> paper.brief();
            case "abstract" -> paper.abstractText();
            default -> throw new AssertionError("no field " + name);
        };
    }

    private static final List<String> TECHNIQUE_IDS = List.of("quantization", "pruning-sparsity", "distillation", "low-rank",
            "speculative-decoding", "kv-cache", "token-reduction", "efficient-attention", "mixture-of-experts",
            "diffusion-acceleration", "dynamic-inference", "efficient-architecture", "systems-hardware",
            "efficient-reasoning", "efficient-training", "other");
    private static final List<String> CLAIM_KINDS = List.of("speedup", "reduction", "improvement", "score", "compression-ratio");
    private static final List<String> MODALITIES = List.of("llm", "vlm", "diffusion", "vision", "speech-audio", "robotics",
            "3d-graphics", "graph", "time-series", "science-medical", "general");

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        Enrichment expected = ENRICHER.enrich(PAPER);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Enrichment>> results = pool.invokeAll(java.util.Collections.nCopies(64, () -> ENRICHER.enrich(PAPER)));
            for (Future<Enrichment> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSharedAnalysisGivesWhatEachComponentFindsOnItsOwn() {
        // the enricher scans each text once with one automaton over every vocabulary; each component
        // alone builds its own automaton, so any difference would come from the sharing
        TechniqueClassifier techniques = TechniqueClassifier.fromClasspath();
        ClaimExtractor claims = ClaimExtractor.fromClasspath();
        ModalityClassifier modality = ModalityClassifier.fromClasspath();
        ModelNameFinder models = ModelNameFinder.fromClasspath();
        for (LabelledPaper labelled : LabelledSet.read(Evaluate.locateDefault())) {
            PaperText paper = labelled.text();
            Enrichment shared = ENRICHER.enrich(paper);
            List<MetricClaim> alone = new java.util.ArrayList<>(claims.extract(paper.brief(), Field.BRIEF));
            alone.addAll(claims.extract(paper.abstractText(), Field.ABSTRACT));
            assertThat(shared.techniques()).as(labelled.id()).isEqualTo(techniques.classify(paper));
            assertThat(shared.claims()).as(labelled.id()).isEqualTo(alone);
            assertThat(shared.modality()).as(labelled.id()).isEqualTo(modality.classify(paper));
            assertThat(shared.models()).as(labelled.id())
                    .isEqualTo(models.distinctNames(paper.title(), paper.brief(), paper.abstractText()));
        }
    }
}
