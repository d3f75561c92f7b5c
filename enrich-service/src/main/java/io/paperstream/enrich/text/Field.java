package io.paperstream.enrich.text;

/** A text of a paper, named as {@code Evidence.field} and {@code MetricClaim.source} name it. */
public enum Field {
    TITLE("title"), BRIEF("brief"), ABSTRACT("abstract");

    private final String wireName;

    Field(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
