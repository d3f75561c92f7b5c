package io.paperstream.index.query;

import io.paperstream.index.topology.Facet;
import io.paperstream.index.topology.FacetCount;
import io.paperstream.index.topology.FacetKeys;
import io.paperstream.index.topology.IndexTopology;
import io.paperstream.index.topology.TechniqueStats;
import io.paperstream.index.view.PaperView;
import io.paperstream.index.view.PaperViews;
import io.paperstream.index.view.ReportStatus;
import io.paperstream.schemas.IndexedPaper;
import io.paperstream.schemas.ReportSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.errors.StateStoreMigratedException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** Answers queries from the store partitions of this instance only. */
public final class LocalIndex {

    private static final StringSerializer STRINGS = new StringSerializer();
    /** Sorts after every paper id and facet value character, closing a key range. */
    private static final String AFTER_ALL = "\uffff";

    private final LocalStores stores;

    public LocalIndex(LocalStores stores) {
        this.stores = stores;
    }

    public Answer<PaperView> paper(String id, PartitionScope scope) {
        List<ReadOnlyKeyValueStore<String, IndexedPaper>> partitions = stores.partitions(IndexTopology.PAPERS_BY_ID, scope);
        PaperView found = null;
        for (ReadOnlyKeyValueStore<String, IndexedPaper> partition : partitions) {
            IndexedPaper paper = partition.get(id);
            if (paper != null) {
                found = PaperViews.of(paper);
                break;
            }
        }
        return answer(found, IndexTopology.PAPERS_BY_ID, scope);
    }

    public Answer<PaperPage> papers(PaperQuery query, PartitionScope scope) {
        List<ReadOnlyKeyValueStore<String, IndexedPaper>> papers = stores.partitions(IndexTopology.PAPERS_BY_ID, scope);
        Facet scanFacet = query.scanFacet();
        List<PaperView> items = new ArrayList<>();
        boolean more = false;
        if (scanFacet == null) {
            try (SortedMerge<IndexedPaper> merge = new SortedMerge<>(scanPapers(papers, query.after()), kv -> kv.key)) {
                while (merge.hasNext() && !more) {
                    more = collect(query, merge.next().value(), items);
                }
            }
        } else {
            List<ReadOnlyKeyValueStore<String, String>> facets = stores.partitions(IndexTopology.PAPER_FACETS, scope);
            requireSameTasks(papers, facets);
            String prefix = FacetKeys.prefix(scanFacet, query.facets().get(scanFacet));
            try (SortedMerge<String> merge = new SortedMerge<>(scanFacet(facets, prefix, query.after()), kv -> kv.value)) {
                while (merge.hasNext() && !more) {
                    SortedMerge.Item<String> item = merge.next();
                    IndexedPaper paper = papers.get(item.source()).get(item.value());
                    more = paper != null && collect(query, paper, items);
                }
            }
        }
        return answer(new PaperPage(items, more), IndexTopology.PAPERS_BY_ID, scope);
    }

    /** Adds the paper if it matches; true once the page is full and this match belongs to the next one. */
    private static boolean collect(PaperQuery query, IndexedPaper paper, List<PaperView> items) {
        if (!matches(query, paper)) {
            return false;
        }
        if (items.size() == query.limit()) {
            return true;
        }
        items.add(PaperViews.of(paper));
        return false;
    }

    static boolean matches(PaperQuery query, IndexedPaper paper) {
        for (Map.Entry<Facet, String> wanted : query.facets().entrySet()) {
            if (!wanted.getKey().valuesOf(paper).containsKey(wanted.getValue())) {
                return false;
            }
        }
        if (query.minSpeedup() != null) {
            Double max = PaperViews.maxSpeedup(paper);
            return max != null && max >= query.minSpeedup();
        }
        return true;
    }

    private static List<KeyValueIterator<String, IndexedPaper>> scanPapers(
            List<ReadOnlyKeyValueStore<String, IndexedPaper>> partitions, String after) {
        List<KeyValueIterator<String, IndexedPaper>> out = new ArrayList<>();
        for (ReadOnlyKeyValueStore<String, IndexedPaper> p : partitions) {
            // U+0000 after the cursor id is the smallest key greater than it.
            out.add(after == null ? p.all() : p.range(after + FacetKeys.SEPARATOR, null));
        }
        return out;
    }

    private static List<KeyValueIterator<String, String>> scanFacet(List<ReadOnlyKeyValueStore<String, String>> partitions,
                                                                    String prefix, String after) {
        List<KeyValueIterator<String, String>> out = new ArrayList<>();
        for (ReadOnlyKeyValueStore<String, String> p : partitions) {
            out.add(after == null
                    ? p.prefixScan(prefix, STRINGS)
                    : p.range(prefix + after + FacetKeys.SEPARATOR, prefix + AFTER_ALL));
        }
        return out;
    }

    public Answer<List<TechniqueStats>> techniques(PartitionScope scope) {
        List<TechniqueStats> parts = new ArrayList<>();
        for (ReadOnlyKeyValueStore<String, Long> p : stores.<Long>partitions(IndexTopology.TECHNIQUE_STATS, scope)) {
            try (KeyValueIterator<String, Long> counters = p.all()) {
                parts.addAll(TechniqueStats.fromCounters(counters));
            }
        }
        return answer(sumTechniques(List.of(parts)), IndexTopology.TECHNIQUE_STATS, scope);
    }

    public Answer<List<FacetCount>> facetCounts(Facet facet, PartitionScope scope) {
        List<FacetCount> parts = new ArrayList<>();
        for (ReadOnlyKeyValueStore<String, FacetCount> p : stores.<FacetCount>partitions(IndexTopology.FACET_COUNTS, scope)) {
            try (KeyValueIterator<String, FacetCount> it = p.prefixScan(FacetKeys.countPrefix(facet), STRINGS)) {
                it.forEachRemaining(kv -> parts.add(kv.value));
            }
        }
        return answer(sumCounts(List.of(parts)), IndexTopology.FACET_COUNTS, scope);
    }

    public Answer<ReportStatus> report(String id, PartitionScope scope) {
        List<ReadOnlyKeyValueStore<String, ReportSummary>> reports = stores.partitions(IndexTopology.REPORTS, scope);
        List<ReadOnlyKeyValueStore<String, String>> entries = stores.partitions(IndexTopology.REPORT_ENTRIES, scope);
        requireSameTasks(reports, entries);
        ReportStatus found = null;
        for (int i = 0; i < reports.size() && found == null; i++) {
            ReportSummary summary = reports.get(i).get(id);
            if (summary != null) {
                found = ReportStatus.of(summary, countEntries(entries.get(i), id));
            }
        }
        return answer(found, IndexTopology.REPORTS, scope);
    }

    public Answer<List<ReportStatus>> reports(PartitionScope scope) {
        List<ReadOnlyKeyValueStore<String, ReportSummary>> reports = stores.partitions(IndexTopology.REPORTS, scope);
        List<ReadOnlyKeyValueStore<String, String>> entries = stores.partitions(IndexTopology.REPORT_ENTRIES, scope);
        requireSameTasks(reports, entries);
        List<ReportStatus> out = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            try (KeyValueIterator<String, ReportSummary> it = reports.get(i).all()) {
                while (it.hasNext()) {
                    ReportSummary summary = it.next().value;
                    out.add(ReportStatus.of(summary, countEntries(entries.get(i), summary.getReportId())));
                }
            }
        }
        return answer(sortReports(List.of(out)), IndexTopology.REPORTS, scope);
    }

    private static long countEntries(ReadOnlyKeyValueStore<String, String> entries, String reportId) {
        long count = 0;
        try (KeyValueIterator<String, String> it = entries.prefixScan(FacetKeys.reportEntryPrefix(reportId), STRINGS)) {
            while (it.hasNext()) {
                it.next();
                count++;
            }
        }
        return count;
    }

    /** Statistics of disjoint partitions added up per technique. */
    static List<TechniqueStats> sumTechniques(List<List<TechniqueStats>> parts) {
        return List.copyOf(TechniqueStats.sum(parts.stream().flatMap(List::stream).toList()).values());
    }

    /** Counts of disjoint partitions added up per (normalised) value. */
    static List<FacetCount> sumCounts(List<List<FacetCount>> parts) {
        Map<String, FacetCount> sums = new TreeMap<>();
        parts.stream().flatMap(List::stream).forEach(c ->
                sums.merge(Facet.normalise(c.name()), c, (a, b) -> a.plus(b.papers())));
        return List.copyOf(sums.values());
    }

    static List<ReportStatus> sortReports(List<List<ReportStatus>> parts) {
        return parts.stream().flatMap(List::stream).sorted(Comparator.comparing(ReportStatus::id)).toList();
    }

    private static void requireSameTasks(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            throw new StateStoreMigratedException("Store partitions moved while the query was running");
        }
    }

    private <T> Answer<T> answer(T value, String store, PartitionScope scope) {
        return new Answer<>(value, scope.stale(), stores.position(store, scope));
    }

    /** This instance's partitions as the whole index: for a single instance and for tests. */
    public IndexQueries allPartitions() {
        return new IndexQueries() {
            @Override
            public Answer<PaperView> paper(String id) {
                return LocalIndex.this.paper(id, PartitionScope.ALL_LOCAL);
            }

            @Override
            public Answer<PaperPage> papers(PaperQuery query) {
                return LocalIndex.this.papers(query, PartitionScope.ALL_LOCAL);
            }

            @Override
            public Answer<List<TechniqueStats>> techniques() {
                return LocalIndex.this.techniques(PartitionScope.ALL_LOCAL);
            }

            @Override
            public Answer<List<FacetCount>> facetCounts(Facet facet) {
                return LocalIndex.this.facetCounts(facet, PartitionScope.ALL_LOCAL);
            }

            @Override
            public Answer<ReportStatus> report(String id) {
                return LocalIndex.this.report(id, PartitionScope.ALL_LOCAL);
            }

            @Override
            public Answer<List<ReportStatus>> reports() {
                return LocalIndex.this.reports(PartitionScope.ALL_LOCAL);
            }
        };
    }
}
