package io.paperstream.enrich.text;

/**
 * The parts of a brief, which follows the pattern "X发布了…论文，使用[method]，解决了[problem]的问题，
 * 达成了[result]". Without the markers the whole brief counts as method and no part as problem.
 *
 * @param methodStart  where the method part starts (0 when no marker names it)
 * @param problemStart where the problem part starts ("解决了"), or the brief's length
 * @param problemEnd   where the problem part ends: its "问题", else the result part's start; at most
 *                     {@code resultStart}, and {@code problemStart} when the brief names no problem
 * @param resultStart  where the result part starts ("达成了"), or the brief's length
 */
public record BriefParts(int methodStart, int problemStart, int problemEnd, int resultStart) {

    private static final String[] METHOD_MARKERS = {"使用", "采用", "提出", "利用", "通过", "基于"};
    private static final String[] PROBLEM_MARKERS = {"解决了", "解决"};
    private static final String[] RESULT_MARKERS = {"达成", "实现了", "取得", "在多个", "达到"};
    private static final String PROBLEM_WORD = "问题";

    public static BriefParts of(String brief) {
        int method = firstOf(brief, 0, METHOD_MARKERS);
        int from = Math.max(method, 0);
        int problem = firstOf(brief, from, PROBLEM_MARKERS);
        int result = firstOf(brief, Math.max(problem, from), RESULT_MARKERS);
        int resultStart = result < 0 ? brief.length() : result;
        int problemStart = problem < 0 ? brief.length() : problem;
        int problemEnd = problemStart;
        if (problem >= 0) {
            int word = brief.indexOf(PROBLEM_WORD, problem);
            problemEnd = word >= 0 && word < resultStart ? word : result >= 0 ? resultStart : problemStart;
        }
        return new BriefParts(from, problemStart, problemEnd, resultStart);
    }

    private static int firstOf(String text, int from, String... markers) {
        int best = -1;
        for (String marker : markers) {
            int at = text.indexOf(marker, from);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    /** The brief's parts in order: its publishers, then method, problem and result. */
    public enum Part { HEAD, METHOD, PROBLEM, RESULT }

    /**
     * The part {@code position} stands in. Here the problem part runs on to the result part, over
     * anything between "问题" and "达成了"; {@link #isProblem} stops at "问题".
     */
    public Part partAt(int position) {
        return position < methodStart ? Part.HEAD : position < problemStart ? Part.METHOD
                : position < resultStart ? Part.PROBLEM : Part.RESULT;
    }

    public boolean isMethod(int position) {
        return position >= methodStart && position < problemStart;
    }

    /** Whether {@code position} lies in the problem the brief says the paper solves ("解决了…的问题"). */
    public boolean isProblem(int position) {
        return position >= problemStart && position < problemEnd;
    }
}
