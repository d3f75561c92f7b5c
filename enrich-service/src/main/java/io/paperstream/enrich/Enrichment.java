package io.paperstream.enrich;

import io.paperstream.schemas.MetricClaim;
import io.paperstream.schemas.TechniqueLabel;

import java.util.List;

/** Everything enrichment derives from one paper's texts. */
public record Enrichment(List<TechniqueLabel> techniques,
                         List<MetricClaim> claims,
                         String modality,
                         List<String> institutions,
                         List<String> models,
                         List<String> codeUrls) {
}
