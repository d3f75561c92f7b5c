package io.paperstream.index.view;

import io.paperstream.index.topology.TechniqueStats;
import java.util.Map;

/** Statistics of one technique over the whole index, as the API shows them. */
public record TechniqueView(String id, long papers, long claims, Double medianSpeedup, Double maxSpeedup,
                            Map<String, Double> bestReductions) {

    public static TechniqueView of(TechniqueStats stats) {
        return new TechniqueView(stats.technique(), stats.papers(), stats.claims(), stats.medianSpeedup(),
                stats.maxSpeedup(), stats.bestReductions());
    }
}
