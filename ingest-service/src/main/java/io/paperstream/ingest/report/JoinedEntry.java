package io.paperstream.ingest.report;

/** A brief and its details, either of which may be missing. */
record JoinedEntry(int number, RawEntry brief, RawEntry details) {

  /** The more complete of the two titles: a cut-off file leaves a shortened title on one side. */
  String rawTitle() {
    String briefTitle = brief == null ? "" : brief.rawTitle();
    String detailsTitle = details == null ? "" : details.rawTitle();
    return detailsTitle.length() >= briefTitle.length() ? detailsTitle : briefTitle;
  }

  String excerpt() {
    String briefPart = brief == null ? "" : brief.excerpt();
    String detailsPart = details == null ? "" : details.excerpt();
    return Excerpt.of(briefPart + detailsPart);
  }
}
