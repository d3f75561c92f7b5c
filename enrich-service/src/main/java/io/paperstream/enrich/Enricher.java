package io.paperstream.enrich;

import io.paperstream.enrich.claims.ClaimExtractor;
import io.paperstream.enrich.claims.ClaimLexicon;
import io.paperstream.enrich.entities.CodeUrlFinder;
import io.paperstream.enrich.entities.InstitutionNormalizer;
import io.paperstream.enrich.entities.ModalityClassifier;
import io.paperstream.enrich.entities.ModelNameFinder;
import io.paperstream.enrich.technique.TechniqueClassifier;
import io.paperstream.enrich.text.Field;
import io.paperstream.schemas.MetricClaim;

import java.util.ArrayList;
import java.util.List;

/**
 * Derives techniques, metric claims and entities from a paper's texts. Pure computation over rules
 * loaded once: thread-safe, no I/O after construction.
 */
public final class Enricher {

    /** Version of the rules and data files; bump it whenever either changes so re-enrichment is visible. */
    public static final String VERSION = "2026.11.1";

    private final TechniqueClassifier techniques;
    private final ClaimExtractor claims;
    private final ModalityClassifier modality;
    private final InstitutionNormalizer institutions;
    private final ModelNameFinder models;
    private final CodeUrlFinder codeUrls;

    private Enricher(TechniqueClassifier techniques, ClaimExtractor claims, ModalityClassifier modality,
                     InstitutionNormalizer institutions, ModelNameFinder models, CodeUrlFinder codeUrls) {
        this.techniques = techniques;
        this.claims = claims;
        this.modality = modality;
        this.institutions = institutions;
        this.models = models;
        this.codeUrls = codeUrls;
    }

    /** Loads the data files from resources/enrich/. */
    public static Enricher fromClasspath() {
        ModelNameFinder models = ModelNameFinder.fromClasspath();
        return new Enricher(TechniqueClassifier.fromClasspath(),
                new ClaimExtractor(ClaimLexicon.fromClasspath(), models),
                ModalityClassifier.fromClasspath(),
                InstitutionNormalizer.fromClasspath(),
                models,
                new CodeUrlFinder());
    }

    public Enrichment enrich(PaperText paper) {
        List<MetricClaim> found = new ArrayList<>(claims.extract(paper.brief(), Field.BRIEF));
        found.addAll(claims.extract(paper.abstractText(), Field.ABSTRACT));
        return new Enrichment(
                techniques.classify(paper),
                List.copyOf(found),
                modality.classify(paper),
                institutions.normalize(paper.brief(), paper.institutions()),
                models.distinctNames(paper.title(), paper.brief(), paper.abstractText()),
                codeUrls.find(paper.brief(), paper.abstractText()));
    }
}
