package io.paperstream.index.query;

import io.paperstream.index.view.PaperView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** @param more whether papers after the last item match too */
public record PaperPage(List<PaperView> items, boolean more) {

    /** The first {@code limit} papers of pages read from disjoint partitions. */
    public static PaperPage merge(List<PaperPage> pages, int limit) {
        List<PaperView> all = new ArrayList<>();
        boolean more = false;
        for (PaperPage page : pages) {
            all.addAll(page.items());
            more |= page.more();
        }
        all.sort(Comparator.comparing(PaperView::id));
        if (all.size() > limit) {
            return new PaperPage(List.copyOf(all.subList(0, limit)), true);
        }
        return new PaperPage(all, more);
    }
}
