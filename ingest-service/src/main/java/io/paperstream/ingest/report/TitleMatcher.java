package io.paperstream.ingest.report;

/**
  * Decides whether two titles name the same paper: equal once folded, one cut off from the other,
  * or a few characters apart (a typo, a repaired hyphen, a stray symbol).
  */
final class TitleMatcher {
    private static final int MIN_PREFIX_CHARS = 12;
    private static final double MAX_EDIT_SHARE = 0.1;
    /** Beyond this, titles are compared for equality only: edit distance is quadratic. */
    private static final int MAX_EDIT_COMPARED_CHARS = 600;

    private TitleMatcher() {
    }

    static boolean sameTitle(String foldedA, String foldedB) {
        if (foldedA.equals(foldedB)) {
            return true;
        }
        if (foldedA.isEmpty() || foldedB.isEmpty()) {
            return false;
        }
        String shorter = foldedA.length() <= foldedB.length() ? foldedA : foldedB;
        String longer = shorter == foldedA ? foldedB : foldedA;
        if (shorter.length() >= MIN_PREFIX_CHARS && longer.startsWith(shorter)) {
            return true;
        }
        int allowed = Math.max(1, (int) (longer.length() * MAX_EDIT_SHARE));
        if (longer.length() - shorter.length() > allowed || longer.length() > MAX_EDIT_COMPARED_CHARS) {
            return false;
        }
        return editDistance(foldedA, foldedB) <= allowed;
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
