package io.paperstream.index.query;

import io.paperstream.index.topology.Facet;
import java.util.EnumMap;
import java.util.Map;

/**
 * One page of a paper search, in paper-id order.
 *
 * @param facets     facet to normalised value; every one must match
 * @param minSpeedup null, or the least largest-speedup claim a paper must have
 * @param after      null, or the paper id the page starts after
 */
public record PaperQuery(Map<Facet, String> facets, Double minSpeedup, String after, int limit) {

    /**
     * Facets in the order they are preferred for the scan: the likely smallest key range first, the
     * rest are checked against each scanned paper.
     */
    private static final Facet[] SCAN_PREFERENCE = {Facet.REPORT, Facet.MODEL, Facet.INSTITUTION, Facet.TECHNIQUE,
            Facet.MODALITY};

    public PaperQuery {
        facets = facets == null || facets.isEmpty() ? new EnumMap<>(Facet.class) : new EnumMap<>(facets);
    }

    /** The facet whose key range is scanned, or null to scan every paper. */
    public Facet scanFacet() {
        for (Facet facet : SCAN_PREFERENCE) {
            if (facets.containsKey(facet)) {
                return facet;
            }
        }
        return null;
    }
}
