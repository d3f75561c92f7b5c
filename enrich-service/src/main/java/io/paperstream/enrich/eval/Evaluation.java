package io.paperstream.enrich.eval;

import io.paperstream.enrich.Enricher;
import io.paperstream.enrich.Enrichment;
import io.paperstream.enrich.entities.InstitutionNormalizer;
import io.paperstream.schemas.MetricClaim;
import io.paperstream.schemas.TechniqueLabel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores an {@link Enricher} against labelled papers: precision, recall and F1 per technique label
 * (as a set per paper), whether the main technique comes first, whether the modality is one the
 * labels accept, precision and recall of the institution names, and per claim kind, matching a predicted claim to an expected one with the same
 * source, kind and value.
 */
public final class Evaluation {

    private static final double VALUE_TOLERANCE = 1e-6;

    private final Map<String, Counts> byLabel = new TreeMap<>();
    private final Map<String, Counts> byClaimKind = new TreeMap<>();
    private final List<String> differences = new ArrayList<>();
    private int papers;
    private int techniquesLabelled;
    private int mainTechniqueRight;
    private int claimsLabelled;
    private int institutionsLabelled;
    private int modalityLabelled;
    private int modalityRight;
    private final Counts institutions = new Counts();

    public static Evaluation run(Enricher enricher, List<LabelledPaper> labelled) {
        Evaluation evaluation = new Evaluation();
        for (LabelledPaper paper : labelled) {
            evaluation.score(paper, enricher.enrich(paper.text()));
        }
        return evaluation;
    }

    private void score(LabelledPaper paper, Enrichment enrichment) {
        papers++;
        scoreTechniques(paper, enrichment.techniques().stream().map(TechniqueLabel::getId).toList());
        scoreModality(paper, enrichment.modality());
        scoreInstitutions(paper, enrichment.institutions());
        scoreClaims(paper, enrichment.claims());
    }

    private void scoreTechniques(LabelledPaper paper, List<String> predicted) {
        if (!paper.labelsTechniques()) {
            return;
        }
        techniquesLabelled++;
        List<String> expected = paper.techniques();
        if (!predicted.isEmpty() && !expected.isEmpty() && predicted.get(0).equals(expected.get(0))) {
            mainTechniqueRight++;
        }
        Set<String> labels = new HashSet<>(predicted);
        labels.addAll(expected);
        for (String label : labels) {
            boolean p = predicted.contains(label);
            boolean e = expected.contains(label);
            byLabel.computeIfAbsent(label, k -> new Counts()).add(p && e ? 1 : 0, p && !e ? 1 : 0, e && !p ? 1 : 0);
        }
        if (!new HashSet<>(predicted).equals(new HashSet<>(expected))) {
            differences.add(paper.id() + " techniques: expected " + expected + ", got " + predicted);
        }
    }

    private void scoreModality(LabelledPaper paper, String predicted) {
        if (paper.modality().isEmpty()) {
            return;
        }
        modalityLabelled++;
        if (paper.modality().contains(predicted)) {
            modalityRight++;
        } else {
            differences.add(paper.id() + " modality: expected " + paper.modality() + ", got " + predicted);
        }
    }

    /** Reads a labelled institution as the curated list names it ("Google DeepMind" is Google there). */
    private static final InstitutionNormalizer CURATED_NAMES = InstitutionNormalizer.fromClasspath();

    private void scoreInstitutions(LabelledPaper paper, List<String> predicted) {
        if (paper.institutionNames() == null) {
            return;
        }
        institutionsLabelled++;
        Set<String> expected = new HashSet<>();
        paper.institutionNames().forEach(name -> expected.add(CURATED_NAMES.canonical(name)));
        Set<String> named = new HashSet<>(predicted);
        int found = 0;
        for (String name : named) {
            if (expected.contains(name)) {
                found++;
            } else {
                differences.add(paper.id() + " unexpected institution: " + name);
            }
        }
        for (String name : expected) {
            if (!named.contains(name)) {
                differences.add(paper.id() + " missed institution: " + name);
            }
        }
        institutions.add(found, named.size() - found, expected.size() - found);
    }

    private void scoreClaims(LabelledPaper paper, List<MetricClaim> predicted) {
        if (!paper.labelsClaims()) {
            return;
        }
        claimsLabelled++;
        List<LabelledPaper.ExpectedClaim> unmatched = new ArrayList<>(paper.claims());
        for (MetricClaim claim : predicted) {
            LabelledPaper.ExpectedClaim match = unmatched.stream()
                    .filter(e -> e.source().equals(claim.getSource()) && e.kind().equals(claim.getKind())
                            && Math.abs(e.value() - claim.getValue()) < VALUE_TOLERANCE)
                    .findFirst().orElse(null);
            Counts counts = byClaimKind.computeIfAbsent(claim.getKind(), k -> new Counts());
            if (match != null) {
                unmatched.remove(match);
                counts.add(1, 0, 0);
            } else {
                counts.add(0, 1, 0);
                differences.add(paper.id() + " unexpected claim: " + claim.getSource() + " " + claim.getKind() + " "
                        + claim.getValue() + " " + claim.getUnit() + " in \"" + claim.getText() + "\"");
            }
        }
        for (LabelledPaper.ExpectedClaim missed : unmatched) {
            byClaimKind.computeIfAbsent(missed.kind(), k -> new Counts()).add(0, 0, 1);
            differences.add(paper.id() + " missed claim: " + missed.source() + " " + missed.kind() + " " + missed.value()
                    + " " + missed.unit());
        }
    }

    public Map<String, Counts> byLabel() {
        return byLabel;
    }

    public Map<String, Counts> byClaimKind() {
        return byClaimKind;
    }

    public Counts techniquesMicro() {
        return total(byLabel);
    }

    public Counts claimsMicro() {
        return total(byClaimKind);
    }

    public double mainTechniqueAccuracy() {
        return techniquesLabelled == 0 ? 0 : (double) mainTechniqueRight / techniquesLabelled;
    }

    /** The share of papers with a labelled modality whose predicted modality the label accepts. */
    public double modalityAccuracy() {
        return modalityLabelled == 0 ? 0 : (double) modalityRight / modalityLabelled;
    }

    public Counts institutions() {
        return institutions;
    }

    public int papers() {
        return papers;
    }

    public List<String> differences() {
        return differences;
    }

    private static Counts total(Map<String, Counts> counts) {
        Counts total = new Counts();
        counts.values().forEach(total::add);
        return total;
    }

    public String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("papers: %d, enrichment version %s%n%n", papers, Enricher.VERSION));
        out.append(String.format("techniques labelled for %d of %d papers%n", techniquesLabelled, papers));
        table(out, "technique", byLabel);
        Counts micro = techniquesMicro();
        out.append(String.format("%-24s %6.3f %6.3f %6.3f%n", "MICRO (techniques)", micro.precision(), micro.recall(), micro.f1()));
        out.append(String.format("main technique first: %.3f%n", mainTechniqueAccuracy()));
        out.append(String.format("modality accepted: %.3f (%d of %d labelled)%n", modalityAccuracy(), modalityRight,
                modalityLabelled));
        out.append(String.format("%-24s %6.3f %6.3f %6.3f (%d of %d labelled)%n%n", "institutions P R F1",
                institutions.precision(), institutions.recall(), institutions.f1(), institutionsLabelled, papers));
        out.append(String.format("claims labelled for %d of %d papers%n", claimsLabelled, papers));
        table(out, "claim kind", byClaimKind);
        Counts claims = claimsMicro();
        out.append(String.format("%-24s %6.3f %6.3f %6.3f%n", "MICRO (claims)", claims.precision(), claims.recall(), claims.f1()));
        return out.toString();
    }

    private static void table(StringBuilder out, String heading, Map<String, Counts> counts) {
        out.append(String.format("%-24s %6s %6s %6s %5s %5s %5s%n", heading, "P", "R", "F1", "tp", "fp", "fn"));
        counts.forEach((name, c) -> out.append(String.format("%-24s %6.3f %6.3f %6.3f %5d %5d %5d%n", name,
                c.precision(), c.recall(), c.f1(), c.truePositives(), c.falsePositives(), c.falseNegatives())));
    }
}
