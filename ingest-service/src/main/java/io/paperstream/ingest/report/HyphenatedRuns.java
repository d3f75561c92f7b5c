package io.paperstream.ingest.report;

/**
  * Walks the hyphens of the runs of ASCII letters joined by hyphens that stand on their own in a title ("QUANTIZA-TION",
  * "low-rank-adapted"), as the pattern {@code (?<![\p{L}\p{N}-])[A-Za-z]+(?:-[A-Za-z]+)+(?![\p{L}\p{N}-])} finds
  * such runs; by hand, because that pattern tests the Unicode classes at every position of every title.
  */
final class HyphenatedRuns {
    private final String title;
    private int position;
    private int runEnd;
    private int partStart;
    private int hyphen = -1;

    HyphenatedRuns(String title) {
        this.title = title;
    }

    /** Moves to the next hyphen; false when there is none. */
    boolean next() {
        if (hyphen >= 0) {
            partStart = hyphen + 1;
            hyphen = title.indexOf('-', partStart);
            if (hyphen >= 0 && hyphen < runEnd) {
                return true;
            }
            position = runEnd;
        }
        while (findRun()) {
            hyphen = title.indexOf('-', partStart);
            if (hyphen >= 0 && hyphen < runEnd) {
                return true;
            }
            position = runEnd;
        }
        hyphen = -1;
        return false;
    }

    /** Index of the current hyphen in the title. */
    int hyphen() {
        return hyphen;
    }

    /** The letters before the current hyphen, back to the previous hyphen or the start of the run. */
    String left() {
        return title.substring(partStart, hyphen);
    }

    /** The letters after the current hyphen, up to the next hyphen or the end of the run. */
    String right() {
        int next = title.indexOf('-', hyphen + 1);
        return title.substring(hyphen + 1, next < 0 || next > runEnd ? runEnd : next);
    }

    /** Finds the next run that stands on its own, from {@link #position}; it may have no hyphen. */
    private boolean findRun() {
        int length = title.length();
        while (position < length) {
            int start = position;
            // the pattern's look-behind sees one char: a letter outside the BMP shows as a surrogate, no letter
            if (!isAsciiLetter(title.charAt(start)) || start > 0 && touchesRun(title.charAt(start - 1))) {
                position++;
                continue;
            }
            runEnd = endOfRun(start);
            position = runEnd;
            if (runEnd == length || !touchesRun(title.codePointAt(runEnd))) {
                partStart = start;
                hyphen = -1;
                return true;
            }
        }
        return false;
    }

    /** The end of the letters and single hyphens from {@code start}: "low-rank" in "low-rank-", "a-b" in "a-b--c". */
    private int endOfRun(int start) {
        int end = start;
        while (true) {
            while (end < title.length() && isAsciiLetter(title.charAt(end))) {
                end++;
            }
            if (end + 1 < title.length() && title.charAt(end) == '-' && isAsciiLetter(title.charAt(end + 1))) {
                end++;
            } else {
                return end;
            }
        }
    }

    /** {@code [\p{L}\p{N}-]}: a character a standalone run cannot touch. */
    private static boolean touchesRun(int codePoint) {
        if (codePoint == '-' || Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
