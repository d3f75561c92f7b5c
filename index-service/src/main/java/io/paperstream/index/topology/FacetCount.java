package io.paperstream.index.topology;

/** How many papers carry one facet value; {@code name} is the value as the enrichment wrote it. */
public record FacetCount(String name, long papers) {

    public FacetCount plus(long delta) {
        return new FacetCount(name, papers + delta);
    }
}
