package io.paperstream.index.view;

import io.paperstream.schemas.EnrichedPaper;
import io.paperstream.schemas.IndexedPaper;
import io.paperstream.schemas.MetricClaim;
import io.paperstream.schemas.PaperSource;
import io.paperstream.schemas.TechniqueLabel;
import java.time.Instant;
import java.util.List;

/** The one place an indexed paper becomes API JSON. */
public final class PaperViews {

    private PaperViews() {
    }

    public static PaperView of(IndexedPaper indexed) {
        EnrichedPaper p = indexed.getPaper();
        return new PaperView(
                p.getPaperId(),
                p.getTitle(),
                p.getRawTitle(),
                p.getBrief(),
                p.getAbstractText(),
                p.getAuthorCount(),
                p.getInstitutionsRaw(),
                indexed.getSources().stream().map(PaperViews::source).toList(),
                p.getTechniques().stream().map(PaperViews::technique).toList(),
                p.getClaims().stream().map(PaperViews::claim).toList(),
                p.getModality(),
                List.copyOf(p.getInstitutions()),
                List.copyOf(p.getModels()),
                List.copyOf(p.getCodeUrls()),
                p.getEnrichmentVersion());
    }

    /** The largest speedup the paper claims, or null when it claims none. */
    public static Double maxSpeedup(IndexedPaper indexed) {
        return indexed.getPaper().getClaims().stream()
                .filter(c -> "speedup".equals(c.getKind()) && Double.isFinite(c.getValue()))
                .map(MetricClaim::getValue)
                .max(Double::compare)
                .orElse(null);
    }

    public static String isoTime(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static PaperView.Source source(PaperSource s) {
        return new PaperView.Source(s.getFile(), s.getReport(), s.getEntry(), isoTime(s.getReportGeneratedAt()));
    }

    private static PaperView.Technique technique(TechniqueLabel t) {
        return new PaperView.Technique(t.getId(), t.getScore(),
                t.getEvidence().stream().map(e -> new PaperView.Evidence(e.getTerm(), e.getField())).toList());
    }

    private static PaperView.Claim claim(MetricClaim c) {
        return new PaperView.Claim(c.getKind(), c.getValue(), c.getLow(), c.getUnit(), c.getTarget(), c.getApprox(),
                c.getModel(), c.getSource(), c.getText());
    }
}
