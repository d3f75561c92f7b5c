package io.paperstream.enrich;

import io.paperstream.enrich.claims.ClaimExtractor;
import io.paperstream.enrich.claims.ClaimLexicon;
import io.paperstream.enrich.entities.CodeUrlFinder;
import io.paperstream.enrich.entities.InstitutionNormalizer;
import io.paperstream.enrich.entities.ModalityClassifier;
import io.paperstream.enrich.entities.ModelNameFinder;
import io.paperstream.enrich.technique.TechniqueClassifier;
import io.paperstream.enrich.text.AnalysedPaper;
import io.paperstream.enrich.text.Field;
import io.paperstream.enrich.text.PaperName;
import io.paperstream.enrich.text.TermMatcher;
import io.paperstream.schemas.MetricClaim;

import java.util.ArrayList;
import java.util.List;

/**
 * Derives techniques, metric claims and entities from a paper's texts. Pure computation over rules
 * loaded once: thread-safe, no I/O after construction.
 *
 * <p>Each text is folded, segmented and scanned for every dictionary once ({@link AnalysedPaper},
 * over one automaton that holds the technique, claim, modality and model vocabularies); the
 * components then read that shared analysis.
 */
public final class Enricher {

    /** Version of the rules and data files; bump it whenever either changes so re-enrichment is visible. */
    public static final String VERSION = "2026.12.5";

    private final TechniqueClassifier techniques;
    private final ClaimExtractor claims;
    private final ModalityClassifier modality;
    private final InstitutionNormalizer institutions;
    private final ModelNameFinder models;
    private final CodeUrlFinder codeUrls;
    private final TermMatcher<Object> vocabulary;

    private Enricher(TechniqueClassifier techniques, ClaimExtractor claims, ModalityClassifier modality,
                     InstitutionNormalizer institutions, ModelNameFinder models, CodeUrlFinder codeUrls) {
        this.techniques = techniques;
        this.claims = claims;
        this.modality = modality;
        this.institutions = institutions;
        this.models = models;
        this.codeUrls = codeUrls;
        List<TermMatcher<?>> dictionaries = new ArrayList<>();
        dictionaries.add(techniques.matcher());
        dictionaries.addAll(claims.vocabularies());
        dictionaries.add(modality.matcher());
        this.vocabulary = TermMatcher.combine(dictionaries.toArray(TermMatcher<?>[]::new));
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
        AnalysedPaper analysed = AnalysedPaper.of(paper, vocabulary);
        List<ModelNameFinder.Mention> briefModels = models.find(analysed.brief());
        List<ModelNameFinder.Mention> abstractModels = models.find(analysed.abstractText());
        String paperName = PaperName.in(paper.title(), paper.brief());
        List<MetricClaim> briefClaims = claims.extract(analysed.brief(), Field.BRIEF, briefModels, paperName);
        List<MetricClaim> abstractClaims = claims.extract(analysed.abstractText(), Field.ABSTRACT, abstractModels,
                paperName);
        List<MetricClaim> found = new ArrayList<>(briefClaims.size() + abstractClaims.size());
        found.addAll(briefClaims);
        found.addAll(abstractClaims);
        return new Enrichment(
                techniques.classify(analysed),
                List.copyOf(found),
                modality.classify(analysed),
                institutions.normalize(paper.brief(), paper.institutions()),
                ModelNameFinder.distinctNames(List.of(models.find(analysed.title()), briefModels, abstractModels)),
                codeUrls.find(paper.brief(), paper.abstractText()));
    }
}
