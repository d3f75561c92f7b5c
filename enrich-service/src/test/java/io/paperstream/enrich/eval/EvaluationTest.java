package io.paperstream.enrich.eval;

import io.paperstream.enrich.Enricher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regression guard over the hand-labelled set (all 141 sample papers): the floors sit just below
 * today's figures (techniques micro-F1 0.894, main technique first 0.894, claims micro-F1 0.979, modality
 * accepted for 0.972 of the papers, institutions micro-F1 0.998), so that a rule change that costs more than a paper or two fails here.
 */
class EvaluationTest {

    @Test
    void enrichmentStaysAboveItsQualityFloor() {
        List<LabelledPaper> labelled = LabelledSet.read(Evaluate.locateDefault());
        assertThat(labelled).hasSizeGreaterThanOrEqualTo(141);

        Evaluation evaluation = Evaluation.run(Enricher.fromClasspath(), labelled);

        assertThat(evaluation.techniquesMicro().f1()).as(evaluation.report()).isGreaterThanOrEqualTo(0.88);
        assertThat(evaluation.mainTechniqueAccuracy()).as(evaluation.report()).isGreaterThanOrEqualTo(0.87);
        assertThat(evaluation.claimsMicro().f1()).as(evaluation.report()).isGreaterThanOrEqualTo(0.96);
        assertThat(evaluation.modalityAccuracy()).as(evaluation.report()).isGreaterThanOrEqualTo(0.95);
        assertThat(evaluation.institutions().f1()).as(evaluation.report()).isGreaterThanOrEqualTo(0.97);
    }

    /**
     * The field sets, 30 to 60 papers each outside the sample reports, written and labelled by someone who
     * never read the rules, measured how the rules generalise when they were written: field.jsonl
     * (well-known papers) techniques 0.845, claims 0.793, institutions 0.848; field2.jsonl (less-known
     * 2023-2025 papers) techniques 0.788, main first 0.700, claims 0.798, institutions 0.910;
     * field3.jsonl (2024-2025 papers from Asian, European and industry groups, messier text)
     * techniques 0.763, main first 0.750, claims 0.752, institutions 0.894; field4.jsonl (two thirds
     * beyond LLMs) techniques 0.838, main first 0.800, claims 0.825, institutions 0.845; field5.jsonl
     * (40 papers, mixed) techniques 0.763, main first 0.800, claims 0.845, institutions 0.947;
     * field6.jsonl (40 papers in the sample reports' own style) techniques 0.807, main first 0.850,
     * claims 0.878, institutions 0.881; then, in 2026.11.29, field7 (reports' style) techniques 0.854, main
     * first 0.700, claims 0.786, institutions 0.803; field8 (half beyond LLMs) 0.793, 0.750, 0.766, 0.727;
     * field10 (varied brief shapes) 0.833, 0.600, 0.850, 0.900; field9 (reports' style, less obvious
     * topics) 0.867, 0.817, 0.866, 0.890; field12 (hard cases by design) 0.750, 0.533, 0.856, 0.910;
     * field11 (the reports' own style and topic mix) 0.860, 0.800, 0.898, 0.943; field13 (reports' style)
     * 0.894, 0.880, 0.910, 0.905; field14 (reports' style) 0.840, 0.860, 0.894, 0.958; field15 (reports'
     * style) 0.860, 0.775, 0.909, 0.925; field16 (reports' style, measured with the session's last rules
     * and not read since) 0.831, 0.750, 0.908, 0.929; then, at 2026.11.29's last rules, field17 (reports'
     * style and mix) 0.901, 0.925, 0.912, 0.954; field18 (techniques combined) 0.902, 0.875, 0.936, 0.974;
     * field19 (varied result phrasing, whole taxonomy) 0.926, 0.825, 0.913, 0.963; then, written at the same
     * time and measured only with 2026.11.30's last rules, field20 (reports' style, a third combining two
     * techniques) 0.881, 0.825, 0.964, 0.965 and field21 (whole taxonomy, varied phrasing) 0.923, 0.900,
     * 0.936, 0.898; and, written during the session and measured once at its end (939e124), field22 (reports'
     * style) 0.911, 0.850, 0.949, 0.970 and field23 (whole taxonomy) 0.920, 0.925, 0.946, 0.969; and at e3f81c8 field24 (reports' style) 0.916, 0.850,
     * 0.962, 0.963 and field25 (30 papers, whole taxonomy) 0.900, 0.900, 0.936, 0.992; then, in 2026.12.1,
     * field26 (reports' style) 0.925, 0.850, 0.922, 0.973, field27 (whole taxonomy) 0.930, 0.850, 0.953,
     * 0.957 and field28 (numbers-heavy) 0.891, 0.800, 0.946, 1.000 at the session's start (2091916);
     * field29-field31 (the same three styles) at eca256d 0.849, 0.875, 0.951, 0.970; 0.904, 0.900, 0.943,
     * 0.963; 0.922, 0.850, 0.893, 0.988; field32-field34 at 25b7736 0.887, 0.900, 0.946, 0.941; 0.891,
     * 0.850, 0.933, 0.993; 0.923, 0.850, 0.926, 0.945; field35-field37 at e14a9c6 0.879, 0.900, 0.928,
     * 0.981; 0.855, 0.850, 0.963, 0.923; 0.883, 0.875, 0.922, 0.954; and field38-field40 at the session's
     * last rules (90b9b9c), never read, 0.900, 0.900, 0.936, 0.967; 0.893, 0.925, 0.946, 0.969; 0.810,
     * 0.800, 0.942, 0.988; then, in 2026.12.2, at the session's start (691ab19, the same figures with its
     * first two technique rules), field41 (reports' style) 0.889, 0.875, 0.971, 0.957, field42 (whole
     * taxonomy) 0.877, 0.725, 0.934, 0.960 and field43 (numbers-heavy) 0.909, 0.925, 0.925, 0.982; and,
     * written with fresher topics and measured once at 747147c (2026.12.2 before the vocabulary they
     * prompted), field44 (reports' style) 0.729, 0.750, 0.965, 0.924, field45 (whole taxonomy) 0.737, 0.675,
     * 0.962, 0.881 and field46 (numbers-heavy) 0.855, 0.875, 0.898, 0.976 (at 691ab19: 0.717, 0.719, 0.847
     * techniques; 0.961, 0.962, 0.894 claims); then, in 2026.12.3, written with fresher topics again and
     * measured once at the session's start (6a1314b, 2026.12.2), field47 (reports' style) 0.872, 0.850,
     * 0.876, 0.929, field48 (whole taxonomy) 0.932, 0.850, 0.972, 0.951 and field49 (numbers-heavy) 0.844,
     * 0.875, 0.915, 0.957; and, measured once at baaa0d1 (2026.12.3 before its last rules), field50 (reports'
     * style) 0.828, 0.775, 0.924, 0.925, field51 (whole taxonomy) 0.923, 0.850, 0.939, 0.916 and field52
     * (numbers-heavy) 0.872, 0.825, 0.934, 0.946 (at 6a1314b: 0.828, 0.898, 0.872 techniques; 0.920, 0.935,
     * 0.934 claims); then, in 2026.12.4, measured once at the session's start (c1309ff, 2026.12.3), field53
     * (reports' style) 0.793, 0.825, 0.889, 0.913, field54 (whole taxonomy) 0.796, 0.750, 0.903, 0.975 and
     * field55 (numbers-heavy) 0.829, 0.775, 0.867, 0.881; and, written while 2026.12.4's rules were made and
     * measured once with them before being read, field56 (reports' style) 0.776, 0.700, 0.935, 0.953,
     * field57 (whole taxonomy) 0.826, 0.725, 0.933, 0.925 and field58 (numbers-heavy) 0.844, 0.825, 0.895,
     * 0.900 (at c1309ff: 0.776, 0.789, 0.844 techniques; 0.933, 0.921, 0.893 claims); then, in 2026.12.5,
     * measured once at the session's start (2248fac, outputs as 0f9fe08), field59 (reports' style) 0.735,
     * 0.650, 0.931, 0.931, field60 (whole taxonomy) 0.659, 0.525, 0.941, 0.926 and field61 (numbers-heavy)
     * 0.762, 0.750, 0.898, 0.909, then read; and field62 (reports' style) 0.772, 0.750, 0.931, 0.875, field63
     * (whole taxonomy) 0.909, 0.925, 0.919, 0.837 and field64 (numbers-heavy) 0.777, 0.775, 0.924, 0.960,
     * not read until 2026.12.5 was done (with it: 0.792, 0.929, 0.796 techniques; 0.888, 0.855, 0.966
     * institutions; claims unchanged). The rules added after
     * reading their differences are guarded here; they are no longer unseen data. Floors sit just below each set's figures at the current version.
     */
    @ParameterizedTest
    @CsvSource({
            "field.jsonl,   0.90, 0.82, 0.89, 0.96, 0.99",
            "field2.jsonl,  0.91, 0.89, 0.90, 0.96, 0.97",
            "field3.jsonl,  0.84, 0.84, 0.91, 0.97, 0.97",
            "field4.jsonl,  0.90, 0.92, 0.92, 0.97, 0.96",
            "field5.jsonl,  0.85, 0.84, 0.87, 0.94, 0.98",
            "field6.jsonl,  0.90, 0.92, 0.96, 0.97, 0.98",
            "field7.jsonl,  0.96, 0.86, 0.95, 0.96, 0.99",
            "field8.jsonl,  0.90, 0.89, 0.93, 0.96, 0.97",
            "field9.jsonl,  0.92, 0.86, 0.94, 0.94, 0.98",
            "field10.jsonl, 0.91, 0.77, 0.91, 0.91, 0.99",
            "field11.jsonl, 0.92, 0.86, 0.95, 0.96, 0.98",
            "field12.jsonl, 0.83, 0.62, 0.93, 0.92, 0.97",
            "field13.jsonl, 0.92, 0.91, 0.96, 0.97, 0.98",
            "field14.jsonl, 0.90, 0.89, 0.95, 0.99, 0.96",
            "field15.jsonl, 0.89, 0.79, 0.96, 0.97, 0.97",
            "field16.jsonl, 0.86, 0.77, 0.95, 0.97, 0.94",
            "field17.jsonl, 0.92, 0.97, 0.96, 0.97, 0.96",
            "field18.jsonl, 0.96, 0.92, 0.97, 0.97, 0.97",
            "field19.jsonl, 0.94, 0.82, 0.96, 0.99, 0.98",
            "field20.jsonl, 0.94, 0.87, 0.98, 0.99, 0.96",
            "field21.jsonl, 0.93, 0.87, 0.93, 0.97, 0.90",
            "field22.jsonl, 0.91, 0.82, 0.96, 0.92, 0.96",
            "field23.jsonl, 0.95, 0.97, 0.96, 0.99, 0.97",
            "field24.jsonl, 0.92, 0.84, 0.97, 0.99, 0.95",
            "field25.jsonl, 0.92, 0.89, 0.94, 0.96, 0.98",
            "field26.jsonl, 0.92, 0.87, 0.96, 0.99, 0.96",
            "field27.jsonl, 0.97, 0.84, 0.97, 0.99, 0.95",
            "field28.jsonl, 0.91, 0.82, 0.97, 0.97, 0.99",
            "field29.jsonl, 0.87, 0.92, 0.95, 0.97, 0.96",
            "field30.jsonl, 0.94, 0.92, 0.95, 0.99, 0.96",
            "field31.jsonl, 0.95, 0.87, 0.92, 0.99, 0.98",
            "field32.jsonl, 0.90, 0.92, 0.95, 0.97, 0.93",
            "field33.jsonl, 0.94, 0.89, 0.94, 0.97, 0.99",
            "field34.jsonl, 0.95, 0.87, 0.93, 0.97, 0.94",
            "field35.jsonl, 0.89, 0.92, 0.94, 0.99, 0.97",
            "field36.jsonl, 0.91, 0.89, 0.96, 0.94, 0.93",
            "field37.jsonl, 0.90, 0.87, 0.94, 0.94, 0.95",
            "field38.jsonl, 0.93, 0.94, 0.94, 0.99, 0.96",
            "field39.jsonl, 0.93, 0.94, 0.95, 0.99, 0.96",
            "field40.jsonl, 0.85, 0.82, 0.95, 0.97, 0.98",
            "field41.jsonl, 0.88, 0.87, 0.97, 0.99, 0.95",
            "field42.jsonl, 0.92, 0.77, 0.94, 0.97, 0.96",
            "field43.jsonl, 0.90, 0.92, 0.93, 0.94, 0.97",
            "field44.jsonl, 0.75, 0.79, 0.96, 0.97, 0.93",
            "field45.jsonl, 0.85, 0.74, 0.95, 0.92, 0.90",
            "field46.jsonl, 0.85, 0.87, 0.91, 0.97, 0.97",
            "field47.jsonl, 0.90, 0.92, 0.90, 0.97, 0.94",
            "field48.jsonl, 0.97, 0.89, 0.97, 0.97, 0.95",
            "field49.jsonl, 0.90, 0.89, 0.92, 0.99, 0.95",
            "field50.jsonl, 0.85, 0.82, 0.93, 0.97, 0.92",
            "field51.jsonl, 0.96, 0.89, 0.94, 0.94, 0.91",
            "field52.jsonl, 0.90, 0.84, 0.93, 0.92, 0.94",
            "field53.jsonl, 0.86, 0.92, 0.89, 0.87, 0.96",
            "field54.jsonl, 0.87, 0.84, 0.91, 0.84, 0.97",
            "field55.jsonl, 0.86, 0.79, 0.87, 0.92, 0.91",
            "field56.jsonl, 0.78, 0.69, 0.93, 0.87, 0.95",
            "field57.jsonl, 0.87, 0.79, 0.92, 0.89, 0.92",
            "field58.jsonl, 0.86, 0.87, 0.89, 0.84, 0.90",
            "field59.jsonl, 0.90, 0.84, 0.92, 0.87, 0.93",
            "field60.jsonl, 0.83, 0.72, 0.93, 0.94, 0.93",
            "field61.jsonl, 0.78, 0.79, 0.89, 0.92, 0.90",
            "field62.jsonl, 0.78, 0.77, 0.92, 0.84, 0.88",
            "field63.jsonl, 0.92, 0.94, 0.91, 0.87, 0.85",
            "field64.jsonl, 0.79, 0.79, 0.91, 0.94, 0.96"})
    void theFieldSetsStayAboveTheirFloors(String file, double techniques, double mainFirst, double claims,
                                          double modality, double institutions) {
        List<LabelledPaper> field = LabelledSet.read(Evaluate.locateDefault().resolveSibling(file));
        assertThat(field).hasSizeGreaterThanOrEqualTo(30);

        Evaluation evaluation = Evaluation.run(Enricher.fromClasspath(), field);

        assertThat(evaluation.techniquesMicro().f1()).as(evaluation.report()).isGreaterThanOrEqualTo(techniques);
        assertThat(evaluation.mainTechniqueAccuracy()).as(evaluation.report()).isGreaterThanOrEqualTo(mainFirst);
        assertThat(evaluation.claimsMicro().f1()).as(evaluation.report()).isGreaterThanOrEqualTo(claims);
        assertThat(evaluation.modalityAccuracy()).as(evaluation.report()).isGreaterThanOrEqualTo(modality);
        assertThat(evaluation.institutions().f1()).as(evaluation.report()).isGreaterThanOrEqualTo(institutions);
    }

    /**
     * Reports in the wild often lack a paper's brief or abstract; with either one left out of every
     * labelled paper the techniques are still found (micro-F1 0.848 without briefs, 0.829 without
     * abstracts, against 0.735 and 0.797 before the classifier made up for a missing description).
     */
    @ParameterizedTest
    @ValueSource(strings = {"brief", "abstract"})
    void techniquesAreStillFoundWhenADescriptionIsMissing(String description) {
        List<LabelledPaper> labelled = LabelledSet.read(Evaluate.locateDefault()).stream()
                .map(p -> p.without(description)).toList();

        Evaluation evaluation = Evaluation.run(Enricher.fromClasspath(), labelled);

        assertThat(evaluation.techniquesMicro().f1()).as(evaluation.report()).isGreaterThanOrEqualTo(0.81);
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

    @Test
    void aFieldLeftOutOfALabelIsNotScored() {
        String title = "Low-Bit Quantization of LLM Weights";
        String abstractText = "We propose a 4-bit quantization method that cuts memory by 70%.";
        LabelledPaper techniquesOnly = new LabelledPaper("a", title, "", abstractText, null, null,
                List.of("quantization"), null, null, null);
        LabelledPaper claimsSaidNone = new LabelledPaper("b", title, "", abstractText, null, null,
                null, null, List.of(), null);

        Evaluation evaluation = Evaluation.run(Enricher.fromClasspath(), List.of(techniquesOnly, claimsSaidNone));

        assertThat(evaluation.techniquesMicro().truePositives()).isEqualTo(1);
        assertThat(evaluation.techniquesMicro().falsePositives()).as("paper b has no technique label").isZero();
        assertThat(evaluation.mainTechniqueAccuracy()).isEqualTo(1.0);
        // paper a's claims are not labelled; paper b says it makes none, so its 70% is a false positive
        assertThat(evaluation.claimsMicro().falsePositives()).isEqualTo(1);
        assertThat(evaluation.report()).contains("techniques labelled for 1 of 2 papers", "claims labelled for 1 of 2 papers");
    }

    @Test
    void aLabelledInstitutionIsReadAsTheCuratedListNamesIt() {
        // the curated list names Google DeepMind "Google"; a labeller who wrote the lab's own name is not wrong
        LabelledPaper paper = new LabelledPaper("c", "A Paper", "", "We propose a method.",
                "Google DeepMind, Department of Computer Science, Stanford University", List.of("Google DeepMind", "Stanford University"),
                null, null, null, null);

        Evaluation evaluation = Evaluation.run(Enricher.fromClasspath(), List.of(paper));

        assertThat(evaluation.institutions().f1()).as(evaluation.report()).isEqualTo(1.0);
    }
}
