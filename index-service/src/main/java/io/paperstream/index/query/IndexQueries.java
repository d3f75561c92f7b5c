package io.paperstream.index.query;

import io.paperstream.index.topology.Facet;
import io.paperstream.index.topology.FacetCount;
import io.paperstream.index.topology.TechniqueStats;
import io.paperstream.index.view.PaperView;
import io.paperstream.index.view.ReportStatus;
import java.util.List;

/**
 * Everything the HTTP API asks of the index, over the whole index whichever instance holds which part.
 *
 * @see DistributedIndex
 * @see LocalIndex#allPartitions()
 */
public interface IndexQueries {

    /** The paper, or an answer with a null value when unknown. */
    Answer<PaperView> paper(String id);

    Answer<PaperPage> papers(PaperQuery query);

    /** One statistics record per technique. */
    Answer<List<TechniqueStats>> techniques();

    /** Paper count per value of the facet. */
    Answer<List<FacetCount>> facetCounts(Facet facet);

    /** The report, or an answer with a null value when unknown. */
    Answer<ReportStatus> report(String id);

    /** Every report, by id. */
    Answer<List<ReportStatus>> reports();
}
