package io.paperstream.index.query;

import com.fasterxml.jackson.core.type.TypeReference;
import io.paperstream.index.topology.FacetCount;
import io.paperstream.index.topology.TechniqueStats;
import io.paperstream.index.view.PaperView;
import io.paperstream.index.view.ReportStatus;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A query one instance can run for another: how it runs locally and the type of its answer on the wire.
 * Instances call each other at {@code POST /internal/query/{name}}.
 */
public record Operation<T>(String name, BiFunction<LocalIndex, InternalRequest, Answer<T>> local,
                           TypeReference<Answer<T>> wireType) {

    public static final Operation<PaperView> PAPER = new Operation<>("paper",
            (index, r) -> index.paper(r.id(), r.scope()), new TypeReference<>() { });
    public static final Operation<PaperPage> PAPERS = new Operation<>("papers",
            (index, r) -> index.papers(r.query(), r.scope()), new TypeReference<>() { });
    public static final Operation<List<TechniqueStats>> TECHNIQUES = new Operation<>("techniques",
            (index, r) -> index.techniques(r.scope()), new TypeReference<>() { });
    public static final Operation<List<FacetCount>> FACET_COUNTS = new Operation<>("facet-counts",
            (index, r) -> index.facetCounts(r.facet(), r.scope()), new TypeReference<>() { });
    public static final Operation<ReportStatus> REPORT = new Operation<>("report",
            (index, r) -> index.report(r.id(), r.scope()), new TypeReference<>() { });
    public static final Operation<List<ReportStatus>> REPORTS = new Operation<>("reports",
            (index, r) -> index.reports(r.scope()), new TypeReference<>() { });

    private static final Map<String, Operation<?>> BY_NAME = Map.of(
            PAPER.name, PAPER, PAPERS.name, PAPERS, TECHNIQUES.name, TECHNIQUES,
            FACET_COUNTS.name, FACET_COUNTS, REPORT.name, REPORT, REPORTS.name, REPORTS);

    /** The operation of that name, or null. */
    public static Operation<?> named(String name) {
        return BY_NAME.get(name);
    }
}
