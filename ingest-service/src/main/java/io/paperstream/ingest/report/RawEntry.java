package io.paperstream.ingest.report;

/** One "### N. Title" block as read, before briefs and details are joined. */
final class RawEntry {
    enum Section { BRIEF, DETAILS, UNSPECIFIED }

    final Section section;
    final int number;
    private final StringBuilder title = new StringBuilder();
    /** {@link #title} as last built: it is a key of several maps, so one String keeps its hash. */
    private String builtTitle;
    final TextAccumulator body;
    final TextAccumulator abstractText;
    private final StringBuilder excerpt = new StringBuilder();
    private boolean titleOpen = true;
    private boolean abstractStarted;
    private boolean anyField;
    private String institutions;
    private String authorCountText;

    RawEntry(Section section, int number, String title, int maxFieldLength) {
        this.section = section;
        this.number = number;
        this.title.append(title.strip());
        this.body = new TextAccumulator(maxFieldLength);
        this.abstractText = new TextAccumulator(maxFieldLength);
    }

    String rawTitle() {
        if (builtTitle == null) {
            builtTitle = title.toString();
        }
        return builtTitle;
    }

    boolean titleOpen() {
        return titleOpen;
    }

    void closeTitle() {
        titleOpen = false;
    }

    void continueTitle(String line) {
        if (title.length() > 0) {
            title.append(' ');
        }
        title.append(line.strip());
        builtTitle = null;
    }

    void recordRawLine(String line) {
        if (excerpt.length() < Excerpt.MAX_CHARS) {
            excerpt.append(line, 0, Math.min(line.length(), Excerpt.MAX_CHARS - excerpt.length() + 1)).append('\n');
        }
    }

    String excerpt() {
        return Excerpt.of(excerpt);
    }

    void startAbstract(String firstLine) {
        anyField = true;
        abstractStarted = true;
        abstractText.addLine(firstLine);
    }

    boolean abstractStarted() {
        return abstractStarted;
    }

    void setInstitutions(String value) {
        anyField = true;
        institutions = value.strip();
    }

    void setAuthorCountText(String value) {
        anyField = true;
        authorCountText = value.strip();
    }

    String institutions() {
        return institutions == null || institutions.isEmpty() ? null : institutions;
    }

    String authorCountText() {
        return authorCountText;
    }

    /** Text written outside the fields: the brief, or in a details entry an abstract without its marker. */
    String bodyText() {
        return body.text();
    }

    /** The abstract: what follows the 摘要 marker, or the loose text of a details entry that has no marker. */
    String abstractOrLooseText() {
        if (!abstractText.isEmpty()) {
            return abstractText.text();
        }
        return isDetails() ? body.text() : null;
    }

    String briefText() {
        return isDetails() ? null : body.text();
    }

    boolean isDetails() {
        return section == Section.DETAILS || section == Section.UNSPECIFIED && anyField;
    }

    boolean overflowed() {
        return body.overflowed() || abstractText.overflowed();
    }

    /** Whether the entry's content ends like a finished sentence; a cut-off file ends mid-word. */
    boolean endsCleanly() {
        int last = !abstractText.isEmpty() ? abstractText.lastCodePoint() : body.lastCodePoint();
        return last == -1 || ".!?。！？)）]】\"”'’".indexOf(last) >= 0;
    }

    /** Fills what this entry lacks from a second copy of the same entry. */
    void absorb(RawEntry copy) {
        if (institutions() == null && copy.institutions() != null) {
            institutions = copy.institutions;
        }
        if (authorCountText == null) {
            authorCountText = copy.authorCountText;
        }
        if (body.isEmpty() && copy.body.text() != null) {
            body.addLine(copy.body.text());
        }
        if (abstractText.isEmpty() && copy.abstractText.text() != null) {
            abstractText.addLine(copy.abstractText.text());
            abstractStarted = true;
        }
        anyField |= copy.anyField;
    }
}
