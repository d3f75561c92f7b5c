package io.paperstream.enrich.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Finds many dictionary terms in one pass (Aho-Corasick over folded text).
 *
 * <p>Terms are folded like the text. A term that starts or ends with an ASCII letter or digit only
 * matches at an ASCII word boundary, so "int8" does not match inside "mint8x"; a trailing {@code *}
 * makes the term a stem ("quantiz*" matches quantized, quantization). CJK terms match anywhere,
 * since Chinese has no word boundaries. Several dictionaries can share one automaton
 * ({@link #combine}), so a text is scanned once however many components read it; each component
 * then picks the hits whose payload is its own. Immutable and thread-safe once built.
 *
 * <p>Since a term that begins with a letter or digit can only match at a word start, the automaton
 * never follows a partial match that began inside a word: its failure links skip such suffixes,
 * and a second root state stands for "inside a word that starts no term". Most characters of
 * English text are read in that one state, whose table row stays in cache, instead of wandering
 * through the states of terms that happen to occur inside longer words. The matches are the same
 * as a plain Aho-Corasick scan whose hits are then checked for word boundaries.
 */
public final class TermMatcher<T> {

    /** One match, for callers that want objects; the hot paths read {@link Matches} directly. */
    public record Hit<T>(int start, int end, T payload, String term) {
        public int length() {
            return end - start;
        }
    }

    /** A dictionary entry: folded text, what it means, whether it is a stem. */
    public record Term<T>(String text, T payload, boolean stem) {
    }

    private final char[][] keys;
    private final int[][] next;
    private final int[] fail;
    private final List<Term<T>> terms;
    /** Per term index: its payload and folded text, read directly by {@link Matches} (no list, no record hop). */
    private final Object[] payloads;
    private final String[] termTexts;
    /** The root's transitions as a direct table: most characters of a text start no term, and this is the hot path. */
    private final char[] rootNext;
    /**
     * For ASCII characters the automaton is a complete DFA (failure links already followed). The
     * states numbered below {@link #fullRowStates} (the roots and the states where terms branch)
     * have a full row: {@code asciiNext[(state << asciiShift) + asciiClass[c]]} (rows padded to a
     * power of two, so the step on the hot path is a shift, not a multiplication). Every other
     * state, most of them links in the chain of a single term, has a row equal to that of its
     * nearest full-row failure ancestor but in at most one class, and keeps only that difference
     * ({@link #sparseRules}). Full rows for all the 9,000 states of the shared vocabulary took more
     * than a megabyte, more than a core's L2 cache; this way the scan's tables fit in it. Class 0
     * stands for every ASCII character other than a letter or digit that no term contains, which
     * always leads back to the root. English text is mostly ASCII, so most steps are one or two
     * table reads; other characters take the failure-link path.
     */
    private final char[] asciiClass = new char[128];
    private final int asciiShift;
    /**
     * State numbers as chars: half the memory of ints keeps the hot part of the table in cache.
     * Like every transition target ({@link #rootNext}, {@link #wideNext}) they carry {@link #REPORTS}
     * when arriving at the state completes a term, so the scan learns it from the value it already has.
     */
    private final char[] asciiNext;
    /** States below this number have a full row in {@link #asciiNext}; the builder numbers them first. */
    private final int fullRowStates;
    /**
     * Per state without a full row: the class in which its row differs from its full-row failure
     * ancestor's (bits 32 and up; {@link #NO_CLASS} when in none), that ancestor (bits 16-31) and
     * the transition target for that class (bits 0-15). One read, a compare, and for most
     * characters one read of a row that is in cache anyway.
     */
    private final long[] sparseRules;
    private static final int NO_CLASS = 0xFFFF;
    /**
     * Which characters occur in any term (one bit each). A character that occurs in none leads
     * back to the root from every state, which spares the failure-link walk for most CJK text.
     */
    private final long[] usedChars = new long[(Character.MAX_VALUE + 1) / 64];
    /**
     * Every ASCII character once, the most frequent in folded English text first (space, then the
     * letters by frequency, then punctuation and digits), then the rest in code order.
     */
    private static final String ASCII_BY_FREQUENCY;

    static {
        StringBuilder order = new StringBuilder(" etaoinsrhlcdumpfgybw,.v-k0x12()/3:5486q79j%z;=+'\"");
        for (char c = 0; c < 128; c++) {
            if (order.indexOf(String.valueOf(c)) < 0) {
                order.append(c);
            }
        }
        ASCII_BY_FREQUENCY = order.toString();
    }

    /** Marks a transition target at which terms end; the state number is in the bits below it. */
    private static final int REPORTS = 0x8000;
    /**
     * Per state, the terms that end there: its own, then those of its suffixes along the output
     * chain, in chain order; none for most states. Those of state {@code s} are the entries from
     * {@code reportedFrom[s]} to {@code reportedFrom[s + 1]} of {@link #reportedTerms}, two ints each:
     * the term's index, then its length and boundary rules. All in two flat arrays, so that a report
     * reads a cache line or two, not an array per state and three per term.
     */
    private final int[] reportedFrom;
    private final int[] reportedTerms;
    /** Boundary rules of a reported term, below its length: it must start, or end, at an ASCII word boundary. */
    private static final int MUST_START_WORD = 1;
    private static final int MUST_END_WORD = 2;
    private static final int LENGTH_SHIFT = 2;
    /**
     * For characters outside ASCII, each state's transitions to states other than the root, with
     * the failure links already followed (its own children first, then those of its failure chain,
     * the root excluded), sorted by character: one search replaces the failure-link walk. A
     * character found in none of them continues from the root ({@link #rootNext}).
     */
    private final char[][] wideKeys;
    private final int[][] wideNext;

    /**
     * @param inWord the root for positions inside a word, where only terms that do not begin with a
     *               letter or digit can start; state 0 is the root for the start of a word
     * @param fullRowStates states numbered below it get a full row of ASCII transitions, the others
     *                      differ from their nearest such failure ancestor in one class at most
     */
    private TermMatcher(char[][] keys, int[][] next, int[] fail, int[][] outputs, int[] outputLink, int inWord,
                        int fullRowStates, List<Term<T>> terms) {
        this.keys = keys;
        this.next = next;
        this.fail = fail;
        this.terms = terms;
        this.payloads = new Object[terms.size()];
        this.termTexts = new String[terms.size()];
        for (int t = 0; t < terms.size(); t++) {
            payloads[t] = terms.get(t).payload;
            termTexts[t] = terms.get(t).text;
        }
        int states = keys.length;
        if (states >= REPORTS) {
            throw new IllegalArgumentException("Vocabulary too large: " + states + " automaton states, at most "
                    + (REPORTS - 1) + " are supported");
        }
        int[][] reported = new int[states][];
        for (int s = 0; s < states; s++) {
            int n = 0;
            for (int chain = outputs[s].length > 0 ? s : outputLink[s]; chain > 0; chain = outputLink[chain]) {
                n += outputs[chain].length;
            }
            reported[s] = new int[n];
            n = 0;
            for (int chain = outputs[s].length > 0 ? s : outputLink[s]; chain > 0; chain = outputLink[chain]) {
                for (int termIndex : outputs[chain]) {
                    reported[s][n++] = termIndex;
                }
            }
        }
        reportedFrom = new int[states + 1];
        for (int s = 0; s < states; s++) {
            reportedFrom[s + 1] = reportedFrom[s] + 2 * reported[s].length;
        }
        reportedTerms = new int[reportedFrom[states]];
        for (int s = 0; s < states; s++) {
            int at = reportedFrom[s];
            for (int termIndex : reported[s]) {
                reportedTerms[at++] = termIndex;
                reportedTerms[at++] = lengthAndBoundaryRules(terms.get(termIndex));
            }
        }
        this.rootNext = new char[Character.MAX_VALUE + 1];
        for (int i = 0; i < keys[0].length; i++) {
            rootNext[keys[0][i]] = (char) target(next[0][i]);
        }
        for (char[] k : keys) {
            for (char c : k) {
                usedChars[c >>> 6] |= 1L << c;
            }
        }
        // classes numbered by how often their characters occur in English text, so the columns a
        // scan reads most share the first cache line of each row; letters and digits that occur
        // in no term share a class: they keep the scan inside a word
        boolean[] inTerms = new boolean[128];
        for (char[] k : keys) {
            for (char c : k) {
                if (c < 128) {
                    inTerms[c] = true;
                }
            }
        }
        int classes = 1;
        int otherWordChars = 0;
        for (int i = 0; i < ASCII_BY_FREQUENCY.length(); i++) {
            char c = ASCII_BY_FREQUENCY.charAt(i);
            if (inTerms[c]) {
                asciiClass[c] = (char) classes++;
            } else if (TextFolding.isAsciiWordChar(c)) {
                if (otherWordChars == 0) {
                    otherWordChars = classes++;
                }
                asciiClass[c] = (char) otherWordChars;
            }
        }
        int shift = 0;
        while ((1 << shift) < classes) {
            shift++;
        }
        asciiShift = shift;
        char[] representative = new char[classes];
        for (char c = 0; c < 128; c++) {
            if (asciiClass[c] != 0) {
                representative[asciiClass[c]] = c;
            }
        }
        wideKeys = new char[states][];
        wideNext = new int[states][];
        // every state's full row first; the states without one keep only their difference below
        char[] fullRows = new char[states << shift];
        // breadth-first, so a state's failure target (shallower) is complete before the state itself
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        queue.add(inWord);
        while (!queue.isEmpty()) {
            int state = queue.poll();
            for (int k = 1; k < classes; k++) {
                int child = child(keys, next, state, representative[k]);
                boolean wordChar = TextFolding.isAsciiWordChar(representative[k]);
                int target;
                if (child >= 0) {
                    target = target(child);
                } else if (state == 0) {
                    target = wordChar ? inWord : 0;
                } else if (state == inWord) {
                    target = wordChar ? inWord : fullRows[k];
                } else {
                    target = fullRows[(fail[state] << shift) + k];
                }
                fullRows[(state << shift) + k] = (char) target;
            }
            if (state == 0) {
                wideKeys[0] = new char[0];
                wideNext[0] = new int[0];
            } else {
                mergeWide(state, fail[state]);
            }
            for (int child : next[state]) {
                queue.add(child);
            }
        }
        this.fullRowStates = fullRowStates;
        asciiNext = Arrays.copyOf(fullRows, fullRowStates << shift);
        sparseRules = new long[states];
        for (int state = fullRowStates; state < states; state++) {
            sparseRules[state] = sparseRule(fullRows, state, fail, classes);
        }
    }

    /** The one difference between {@code state}'s row and its nearest full-row failure ancestor's. */
    private long sparseRule(char[] fullRows, int state, int[] fail, int classes) {
        int ancestor = fail[state];
        while (ancestor >= fullRowStates) {
            ancestor = fail[ancestor];
        }
        int differingClass = NO_CLASS;
        int target = 0;
        for (int k = 1; k < classes; k++) {
            char own = fullRows[(state << asciiShift) + k];
            if (own != fullRows[(ancestor << asciiShift) + k]) {
                if (differingClass != NO_CLASS) {
                    throw new IllegalStateException("State " + state + " needs a full row: it differs from state "
                            + ancestor + " in more than one class");
                }
                differingClass = k;
                target = own;
            }
        }
        return ((long) differingClass << 32) | ((long) ancestor << 16) | target;
    }

    /** {@code state} as a transition target: with {@link #REPORTS} when terms end there. */
    private int target(int state) {
        return reportedFrom[state + 1] > reportedFrom[state] ? state | REPORTS : state;
    }

    /**
     * A term that starts, or ends, with an ASCII letter or digit must start, or end, at a word
     * boundary (a stem may end inside a word).
     */
    private static int lengthAndBoundaryRules(Term<?> term) {
        String text = term.text;
        int rules = text.length() << LENGTH_SHIFT;
        if (TextFolding.isAsciiWordChar(text.charAt(0))) {
            rules |= MUST_START_WORD;
        }
        if (!term.stem && TextFolding.isAsciiWordChar(text.charAt(text.length() - 1))) {
            rules |= MUST_END_WORD;
        }
        return rules;
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** One automaton over the terms of several matchers; each hit keeps its original payload. */
    @SafeVarargs
    public static TermMatcher<Object> combine(TermMatcher<?>... matchers) {
        Builder<Object> builder = builder();
        for (TermMatcher<?> matcher : matchers) {
            for (Term<?> term : matcher.terms) {
                builder.terms.add(new Term<>(term.text, term.payload, term.stem));
            }
        }
        return builder.build();
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** Every match, overlapping ones included, ordered by end then by start. */
    public Matches<T> match(String folded) {
        return match(folded.toCharArray());
    }

    /** Every match in folded characters, overlapping ones included, ordered by end then by start. */
    public Matches<T> match(char[] folded) {
        MatchBuffer matches = MATCH_BUFFERS.get();
        matches.size = 0;
        int state = 0;
        int length = folded.length;
        int shift = asciiShift;
        char[] table = asciiNext;
        long[] rules = sparseRules;
        int fullRows = fullRowStates;
        char[] classOf = asciiClass;
        int i = 0;
        while (i < length) {
            // the tight loop: ASCII characters that complete no term, with no call and no other
            // table in it (a call would make the compiler keep the loop's values on the stack)
            int target = 0;
            while (i < length) {
                char c = folded[i];
                if (c >= 128) {
                    break;
                }
                int k = classOf[c];
                if (state < fullRows) {
                    target = table[(state << shift) + k];
                } else {
                    long rule = rules[state];
                    target = (int) (rule >>> 32) == k ? (char) rule : table[(((int) rule >>> 16) << shift) + k];
                }
                i++;
                if (target >= REPORTS) {
                    break;
                }
                state = target;
            }
            if (target < REPORTS) {
                if (i >= length) {
                    break;
                }
                target = step(state, folded[i]);
                i++;
            }
            state = target & ~REPORTS;
            if (target >= REPORTS) {
                report(folded, i, state, matches);
            }
        }
        return matches.copy(payloads, termTexts);
    }

    /** Adds the terms that end at {@code end} in {@code state}, in output-chain order. */
    private void report(char[] folded, int end, int state, MatchBuffer matches) {
        for (int entry = reportedFrom[state]; entry < reportedFrom[state + 1]; entry += 2) {
            int rules = reportedTerms[entry + 1];
            int start = end - (rules >>> LENGTH_SHIFT);
            boolean startsWord = (rules & MUST_START_WORD) == 0 || start == 0
                    || !TextFolding.isAsciiWordChar(folded[start - 1]);
            boolean endsWord = (rules & MUST_END_WORD) == 0 || end == folded.length
                    || !TextFolding.isAsciiWordChar(folded[end]);
            if (startsWord && endsWord) {
                matches.add(start, end, reportedTerms[entry]);
            }
        }
    }

    /** Every match as objects, ordered by end then by start. */
    public List<Hit<T>> findAll(String folded) {
        return match(folded).hits(null);
    }

    /** Non-overlapping matches as objects, preferring the leftmost and then the longest one. */
    public List<Hit<T>> findLongest(String folded) {
        Matches<T> matches = match(folded);
        List<Hit<T>> hits = new ArrayList<>();
        for (int i : matches.longest(null)) {
            hits.add(matches.hit(i));
        }
        return hits;
    }

    private int step(int state, char c) {
        if ((usedChars[c >>> 6] & (1L << c)) == 0) {
            return 0;
        }
        if (state != 0) {
            char[] k = wideKeys[state];
            int n = k.length;
            if (n <= 8) {
                for (int i = 0; i < n; i++) {
                    if (k[i] == c) {
                        return wideNext[state][i];
                    }
                }
            } else {
                int index = Arrays.binarySearch(k, c);
                if (index >= 0) {
                    return wideNext[state][index];
                }
            }
        }
        return rootNext[c];
    }

    /**
     * The non-ASCII transitions of {@code state}: its own children, then those of its failure
     * target's (already merged, the root excluded) for characters it has no child for.
     */
    private void mergeWide(int state, int failState) {
        char[] own = keys[state];
        int[] ownNext = next[state];
        char[] inherited = failState == 0 ? new char[0] : wideKeys[failState];
        int[] inheritedNext = failState == 0 ? new int[0] : wideNext[failState];
        char[] mergedKeys = new char[own.length + inherited.length];
        int[] mergedNext = new int[mergedKeys.length];
        int a = 0;
        int b = 0;
        int n = 0;
        while (a < own.length || b < inherited.length) {
            if (a < own.length && own[a] < 128) {
                a++;
                continue;
            }
            if (b >= inherited.length || a < own.length && own[a] <= inherited[b]) {
                if (b < inherited.length && own[a] == inherited[b]) {
                    b++; // the state's own child is the deeper match
                }
                mergedKeys[n] = own[a];
                mergedNext[n++] = target(ownNext[a++]);
            } else {
                mergedKeys[n] = inherited[b];
                mergedNext[n++] = inheritedNext[b++];
            }
        }
        wideKeys[state] = Arrays.copyOf(mergedKeys, n);
        wideNext[state] = Arrays.copyOf(mergedNext, n);
    }

    private static int child(char[][] keys, int[][] next, int state, char c) {
        char[] k = keys[state];
        if (k.length <= 8) {
            // most states have a handful of children: a linear scan beats a binary search call
            for (int i = 0; i < k.length; i++) {
                if (k[i] == c) {
                    return next[state][i];
                }
            }
            return -1;
        }
        int index = Arrays.binarySearch(k, c);
        return index >= 0 ? next[state][index] : -1;
    }

    /**
     * Where a scan records its matches before they move, at their final size, into a {@link Matches}:
     * a text's match count is not known in advance (one in 6 characters of Chinese, one in 20 of
     * English), and growing arrays by copying cost more than the scan's own reads. One buffer per
     * thread, since matchers are shared by the threads of a stream.
     */
    private static final ThreadLocal<MatchBuffer> MATCH_BUFFERS = ThreadLocal.withInitial(MatchBuffer::new);

    private static final class MatchBuffer {
        private int[] starts = new int[256];
        private int[] ends = new int[256];
        private int[] termIndexes = new int[256];
        private int size;

        void add(int start, int end, int termIndex) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
                termIndexes = Arrays.copyOf(termIndexes, size * 2);
            }
            starts[size] = start;
            ends[size] = end;
            termIndexes[size] = termIndex;
            size++;
        }

        <T> Matches<T> copy(Object[] payloads, String[] termTexts) {
            return size == 0 ? new Matches<>(payloads, termTexts, Matches.NO_INTS, Matches.NO_INTS, Matches.NO_INTS)
                    : new Matches<>(payloads, termTexts, Arrays.copyOf(starts, size), Arrays.copyOf(ends, size),
                            Arrays.copyOf(termIndexes, size));
        }
    }

    /**
     * The matches in one text, kept in parallel int arrays (no object per match). Index {@code i}
     * runs from 0 to {@link #size()}, ordered by end, then by start.
     */
    public static final class Matches<T> {
        private static final int[] NO_INTS = new int[0];
        private final Object[] payloads;
        private final String[] termTexts;
        private final int[] starts;
        private final int[] ends;
        private final int[] termIndexes;
        private final int size;

        private Matches(Object[] payloads, String[] termTexts, int[] starts, int[] ends, int[] termIndexes) {
            this.payloads = payloads;
            this.termTexts = termTexts;
            this.starts = starts;
            this.ends = ends;
            this.termIndexes = termIndexes;
            this.size = starts.length;
        }

        /** No matches at all, for absent texts. */
        public static <T> Matches<T> none() {
            return new Matches<>(new Object[0], new String[0], NO_INTS, NO_INTS, NO_INTS);
        }

        public int size() {
            return size;
        }

        public int start(int i) {
            return starts[i];
        }

        public int end(int i) {
            return ends[i];
        }

        @SuppressWarnings("unchecked")
        public T payload(int i) {
            return (T) payloads[termIndexes[i]];
        }

        /** The dictionary term as folded, which is not always the text's spelling (see start/end for that). */
        public String term(int i) {
            return termTexts[termIndexes[i]];
        }

        public Hit<T> hit(int i) {
            return new Hit<>(starts[i], ends[i], payload(i), term(i));
        }

        /** Hits whose payload is an instance of {@code type} (all when null), in match order. */
        public <P> List<Hit<P>> hits(Class<P> type) {
            List<Hit<P>> hits = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                Object payload = payload(i);
                if (type == null || type.isInstance(payload)) {
                    @SuppressWarnings("unchecked")
                    P typed = (P) payload;
                    hits.add(new Hit<>(starts[i], ends[i], typed, term(i)));
                }
            }
            return hits;
        }

        /**
         * Indexes of non-overlapping hits among those whose payload passes {@code accepts} (all when
         * null), preferring the leftmost and then the longest; in text order.
         */
        public int[] longest(Predicate<Object> accepts) {
            return longest(accepts, 0, Integer.MAX_VALUE);
        }

        /**
         * As {@link #longest(Predicate)}, among the hits that lie wholly inside [from, to): the same
         * hits a scan of that part alone would find, when the characters around it are no letters or
         * digits (a term's boundaries are then the same), so one scan can serve every part of a text.
         */
        public int[] longest(Predicate<Object> accepts, int from, int to) {
            long[] keys = new long[size];
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (starts[i] >= from && ends[i] <= to && (accepts == null || accepts.test(payload(i)))) {
                    // start ascending, then length descending, then match order: one sort of primitives
                    keys[n++] = ((long) starts[i] << 42) | ((long) (0x1FFFFF - (ends[i] - starts[i])) << 21) | i;
                }
            }
            sortNearlySorted(keys, n);
            int[] kept = new int[n];
            int count = 0;
            int coveredUntil = -1;
            for (int k = 0; k < n; k++) {
                int i = (int) (keys[k] & 0x1FFFFF);
                if (starts[i] >= coveredUntil) {
                    kept[count++] = i;
                    coveredUntil = ends[i];
                }
            }
            return Arrays.copyOf(kept, count);
        }

        /**
         * Sorts the first {@code n} keys by insertion. Keys made in match order (by end) are nearly in
         * start order already: a key moves back only past matches that end inside its own span, a few
         * places at most, so this is close to linear where a general sort is not.
         */
        private static void sortNearlySorted(long[] keys, int n) {
            for (int k = 1; k < n; k++) {
                long key = keys[k];
                int j = k - 1;
                while (j >= 0 && keys[j] > key) {
                    keys[j + 1] = keys[j];
                    j--;
                }
                keys[j + 1] = key;
            }
        }
    }

    public static final class Builder<T> {
        private final List<Term<T>> terms = new ArrayList<>();

        /** Adds a term as written in a data file; it is folded here. Blank terms are ignored. */
        public Builder<T> add(String term, T payload) {
            String trimmed = term.strip();
            boolean stem = trimmed.endsWith("*");
            if (stem) {
                trimmed = trimmed.substring(0, trimmed.length() - 1);
            }
            if (!trimmed.isEmpty()) {
                terms.add(new Term<>(TextFolding.fold(trimmed), payload, stem));
            }
            return this;
        }

        /**
         * Adds a term and, when it joins Latin and Chinese script ("kv缓存", "token剪枝"), its form with a
         * space at each join too ("kv 缓存", "token 剪枝"): Chinese text puts a space there as often as not.
         */
        public Builder<T> addAllowingSpaceAtScriptJoins(String term, T payload) {
            add(term, payload);
            StringBuilder spaced = new StringBuilder(term.length() + 4);
            for (int i = 0; i < term.length(); i++) {
                char c = term.charAt(i);
                char before = i > 0 ? term.charAt(i - 1) : ' ';
                if (isLatin(before) && isHan(c) || isHan(before) && isLatin(c)) {
                    spaced.append(' ');
                }
                spaced.append(c);
            }
            if (spaced.length() != term.length()) {
                add(spaced.toString(), payload);
            }
            return this;
        }

        private static boolean isLatin(char c) {
            return c < 128 && Character.isLetterOrDigit(c);
        }

        private static boolean isHan(char c) {
            return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
        }

        public TermMatcher<T> build() {
            List<Map<Character, Integer>> children = new ArrayList<>();
            List<List<Integer>> ends = new ArrayList<>();
            children.add(new TreeMap<>());
            ends.add(new ArrayList<>());
            for (int t = 0; t < terms.size(); t++) {
                int state = 0;
                for (char c : terms.get(t).text.toCharArray()) {
                    Integer child = children.get(state).get(c);
                    if (child == null) {
                        child = children.size();
                        children.get(state).put(c, child);
                        children.add(new TreeMap<>());
                        ends.add(new ArrayList<>());
                    }
                    state = child;
                }
                ends.get(state).add(t);
            }
            int size = children.size();
            int inWord = size;
            // number states breadth-first: failure targets then come before the states that fail to
            // them, which the passes below rely on (the scan's numbers are given at the end: full-row
            // states first, each group depth-first)
            int[] newId = new int[size];
            int[] order = new int[size];
            int count = 0;
            ArrayDeque<Integer> breadthFirst = new ArrayDeque<>();
            breadthFirst.add(0);
            while (!breadthFirst.isEmpty()) {
                int state = breadthFirst.poll();
                newId[state] = count;
                order[count++] = state;
                breadthFirst.addAll(children.get(state).values());
            }
            char[][] keys = new char[size + 1][];
            int[][] next = new int[size + 1][];
            int[][] outputs = new int[size + 1][];
            keys[inWord] = new char[0];
            next[inWord] = new int[0];
            outputs[inWord] = new int[0];
            for (int s = 0; s < size; s++) {
                Map<Character, Integer> map = children.get(order[s]);
                keys[s] = new char[map.size()];
                next[s] = new int[map.size()];
                int i = 0;
                for (Map.Entry<Character, Integer> e : map.entrySet()) {
                    keys[s][i] = e.getKey();
                    next[s][i++] = newId[e.getValue()];
                }
                outputs[s] = ends.get(order[s]).stream().mapToInt(Integer::intValue).toArray();
            }
            // a state's failure link is its longest proper suffix that is a state and may start a
            // match where it stands (not a letter or digit glued to a preceding one), else a root
            int[] fail = new int[size + 1];
            int[] outputLink = new int[size + 1];
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            for (int i = 0; i < keys[0].length; i++) {
                fail[next[0][i]] = TextFolding.isAsciiWordChar(keys[0][i]) ? inWord : 0;
                queue.add(next[0][i]);
            }
            while (!queue.isEmpty()) {
                int state = queue.poll();
                for (int i = 0; i < keys[state].length; i++) {
                    char c = keys[state][i];
                    int child = next[state][i];
                    int f = fail[state];
                    while (f != 0 && f != inWord && child(keys, next, f, c) < 0) {
                        f = fail[f];
                    }
                    fail[child] = f == 0 || f == inWord ? fromRoot(keys, next, f == inWord, inWord, c)
                            : child(keys, next, f, c);
                    outputLink[child] = outputs[fail[child]].length > 0 ? fail[child] : outputLink[fail[child]];
                    queue.add(child);
                }
            }
            boolean[] fullRow = needsFullRow(keys, fail, inWord);
            int[] renumbered = fullRowsFirst(fullRow, next);
            int fullRowStates = 0;
            for (boolean full : fullRow) {
                fullRowStates += full ? 1 : 0;
            }
            return new TermMatcher<>(permute(keys, renumbered), renumberAll(next, renumbered),
                    renumber(fail, renumbered), permute(outputs, renumbered), renumber(outputLink, renumbered),
                    renumbered[inWord], fullRowStates, List.copyOf(terms));
        }

        /**
         * Which states get a full row of ASCII transitions: the two roots, and every state whose row
         * differs from that of its nearest full-row failure ancestor in more than one class. Those
         * differences are the ASCII characters the state has children for, and those of the states
         * on its failure chain down to that ancestor (each child is deeper than any transition the
         * ancestor has for the same character). Failure targets are shallower, so with states
         * numbered breadth-first one pass in number order sees a state's failure target first.
         */
        private static boolean[] needsFullRow(char[][] keys, int[] fail, int inWord) {
            int states = keys.length;
            boolean[] fullRow = new boolean[states];
            // per state without a full row: the one character its row differs in, if any
            char none = Character.MAX_VALUE;
            char[] difference = new char[states];
            difference[0] = none;
            difference[inWord] = none;
            fullRow[0] = true;
            fullRow[inWord] = true;
            for (int state = 1; state < states; state++) {
                if (state == inWord) {
                    continue;
                }
                char only = fullRow[fail[state]] ? none : difference[fail[state]];
                for (char c : keys[state]) {
                    if (c < 128 && c != only) {
                        if (only != none) {
                            fullRow[state] = true;
                            break;
                        }
                        only = c;
                    }
                }
                difference[state] = only;
            }
            return fullRow;
        }

        /**
         * New numbers: the full-row states first (the root first, the in-word root last), then the
         * others, each group in depth-first order of the trie. A state with one child is then
         * followed by that child, so a scan that follows a term's chain of states reads its rules
         * from one or two cache lines instead of one line per character, and the rows of a chain
         * of full-row states ("t", "th", "the") are neighbours.
         */
        private static int[] fullRowsFirst(boolean[] fullRow, int[][] next) {
            int[] renumbered = new int[fullRow.length];
            int count = 0;
            for (boolean pass : new boolean[] {true, false}) {
                // the trie's states (the in-word root, the last state, is no child of any), depth-first
                int[] stack = new int[fullRow.length];
                int depth = 0;
                stack[depth++] = 0;
                while (depth > 0) {
                    int state = stack[--depth];
                    if (fullRow[state] == pass) {
                        renumbered[state] = count++;
                    }
                    int[] children = next[state];
                    for (int i = children.length - 1; i >= 0; i--) {
                        stack[depth++] = children[i];
                    }
                }
                if (pass) {
                    renumbered[fullRow.length - 1] = count++;
                }
            }
            if (count != fullRow.length) {
                throw new IllegalStateException("Renumbered " + count + " of " + fullRow.length + " states");
            }
            return renumbered;
        }

        private static <A> A[] permute(A[] perState, int[] renumbered) {
            A[] moved = perState.clone();
            for (int state = 0; state < perState.length; state++) {
                moved[renumbered[state]] = perState[state];
            }
            return moved;
        }

        /** A per-state array of state numbers, moved and renumbered. */
        private static int[] renumber(int[] statePerState, int[] renumbered) {
            int[] moved = new int[statePerState.length];
            for (int state = 0; state < statePerState.length; state++) {
                moved[renumbered[state]] = renumbered[statePerState[state]];
            }
            return moved;
        }

        /** A per-state array of lists of state numbers, moved and renumbered. */
        private static int[][] renumberAll(int[][] statesPerState, int[] renumbered) {
            int[][] moved = new int[statesPerState.length][];
            for (int state = 0; state < statesPerState.length; state++) {
                int[] states = statesPerState[state].clone();
                for (int i = 0; i < states.length; i++) {
                    states[i] = renumbered[states[i]];
                }
                moved[renumbered[state]] = states;
            }
            return moved;
        }

        /** Where {@code c} leads from a root: inside a word a letter or digit starts nothing. */
        private static int fromRoot(char[][] keys, int[][] next, boolean insideWord, int inWord, char c) {
            boolean wordChar = TextFolding.isAsciiWordChar(c);
            if (insideWord && wordChar) {
                return inWord;
            }
            int child = child(keys, next, 0, c);
            return child >= 0 ? child : wordChar ? inWord : 0;
        }
    }
}
