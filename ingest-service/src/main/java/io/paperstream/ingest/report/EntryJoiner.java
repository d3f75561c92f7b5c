package io.paperstream.ingest.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
  * Pairs each brief with its details: by number when the titles agree, by title when the numbers
  * disagree. Repeated numbers within a section are merged when the titles agree and kept apart otherwise.
  */
final class EntryJoiner {
    private final List<String> warnings;
    private final ReportTitles titles;
    /** Each entry's {@link ReportTitles#folded} title: building the raw title costs a copy. */
    private final Map<RawEntry, String> foldedTitles = new IdentityHashMap<>();

    EntryJoiner(ReportTitles titles, List<String> warnings) {
        this.titles = titles;
        this.warnings = warnings;
    }

    List<JoinedEntry> join(List<RawEntry> entries) {
        List<RawEntry> briefs = new ArrayList<>();
        List<RawEntry> details = new ArrayList<>();
        for (RawEntry entry : entries) {
            (entry.isDetails() ? details : briefs).add(entry);
        }
        briefs = deduplicate(briefs, "brief");
        details = deduplicate(details, "details");

        Set<RawEntry> joinedBriefs = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<RawEntry, RawEntry> detailsOfBrief = new IdentityHashMap<>();
        List<RawEntry> orphanDetails = new ArrayList<>();
        BriefIndex index = new BriefIndex(briefs);
        for (RawEntry detail : details) {
            RawEntry brief = findBrief(detail, index, joinedBriefs);
            if (brief == null) {
                orphanDetails.add(detail);
            } else {
                joinedBriefs.add(brief);
                detailsOfBrief.put(brief, detail);
            }
        }

        List<JoinedEntry> joined = new ArrayList<>();
        for (RawEntry brief : briefs) {
            RawEntry detail = detailsOfBrief.get(brief);
            if (detail == null && !details.isEmpty()) {
                warn(WarningCodes.BRIEF_WITHOUT_DETAILS, "brief entry " + brief.number + " has no details entry");
            }
            joined.add(new JoinedEntry(brief.number, brief, detail));
        }
        for (RawEntry detail : orphanDetails) {
            if (!briefs.isEmpty()) {
                warn(WarningCodes.DETAILS_WITHOUT_BRIEF, "details entry " + detail.number + " has no brief entry");
            }
            joined.add(new JoinedEntry(detail.number, null, detail));
        }
        return joined;
    }

    /**
      * Same number and a matching title first; then the same folded title under another number. Fuzzy
      * matching is kept to same-number pairs so that joining stays linear in the number of entries.
      */
    private RawEntry findBrief(RawEntry detail, BriefIndex briefs, Set<RawEntry> taken) {
        String detailTitle = foldedTitle(detail);
        RawEntry sameNumber = null;
        for (RawEntry brief : briefs.byNumber.getOrDefault(detail.number, List.of())) {
            if (!taken.contains(brief)) {
                if (TitleMatcher.sameTitle(foldedTitle(brief), detailTitle)) {
                    return brief;
                }
                sameNumber = sameNumber == null ? brief : sameNumber;
            }
        }
        if (!detailTitle.isEmpty()) {
            for (RawEntry brief : briefs.byTitle.getOrDefault(detailTitle, List.of())) {
                if (!taken.contains(brief)) {
                    warn(WarningCodes.NUMBER_MISMATCH, "details entry " + detail.number + " joined by title with brief entry " + brief.number);
                    return brief;
                }
            }
        }
        if (sameNumber != null) {
            if (foldedTitle(sameNumber).isEmpty() || detailTitle.isEmpty()) {
                // an untitled side cannot contradict the other: the number is all there is to go by
                return sameNumber;
            }
            warn(WarningCodes.TITLE_MISMATCH, "entry " + detail.number + " has brief title \"" + Excerpt.abbreviate(sameNumber.rawTitle(), 80)
                    + "\" but details title \"" + Excerpt.abbreviate(detail.rawTitle(), 80) + "\"; kept apart");
        }
        return null;
    }

    private final class BriefIndex {
        final Map<Integer, List<RawEntry>> byNumber = new HashMap<>();
        final Map<String, List<RawEntry>> byTitle = new HashMap<>();

        BriefIndex(List<RawEntry> briefs) {
            for (RawEntry brief : briefs) {
                byNumber.computeIfAbsent(brief.number, n -> new ArrayList<>()).add(brief);
                byTitle.computeIfAbsent(foldedTitle(brief), t -> new ArrayList<>()).add(brief);
            }
        }
    }

    /** Merges repeats of an entry with the same title; keeps repeats of a number with different titles. */
    private List<RawEntry> deduplicate(List<RawEntry> section, String sectionName) {
        Map<Integer, List<RawEntry>> byNumber = new LinkedHashMap<>();
        List<RawEntry> kept = new ArrayList<>();
        int previous = Integer.MIN_VALUE;
        boolean orderWarned = false;
        for (RawEntry entry : section) {
            if (entry.number < previous && !orderWarned) {
                orderWarned = true;
                warn(WarningCodes.OUT_OF_ORDER, sectionName + " entry " + entry.number + " follows entry " + previous);
            }
            previous = Math.max(previous, entry.number);
            List<RawEntry> sameNumber = byNumber.computeIfAbsent(entry.number, n -> new ArrayList<>());
            RawEntry original = sameNumber.stream()
                    .filter(e -> TitleMatcher.sameTitle(foldedTitle(e), foldedTitle(entry)))
                    .findFirst().orElse(null);
            if (original != null) {
                original.absorb(entry);
                warn(WarningCodes.DUPLICATE_ENTRY, sectionName + " entry " + entry.number + " appears twice with the same title; merged");
                continue;
            }
            if (!sameNumber.isEmpty()) {
                warn(WarningCodes.REPEATED_NUMBER, sectionName + " entry number " + entry.number + " is used for different titles; kept both");
            }
            sameNumber.add(entry);
            kept.add(entry);
        }
        return kept;
    }

    private String foldedTitle(RawEntry entry) {
        return foldedTitles.computeIfAbsent(entry, e -> titles.folded(e.rawTitle()));
    }

    private void warn(String code, String detail) {
        warnings.add(WarningCodes.format(code, detail));
    }
}
