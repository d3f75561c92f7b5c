package io.paperstream.enrich.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds many dictionary terms in one pass (Aho-Corasick over folded text).
 *
 * <p>Terms are folded like the text. A term that starts or ends with an ASCII letter or digit only
 * matches at an ASCII word boundary, so "int8" does not match inside "mint8x"; a trailing {@code *}
 * makes the term a stem ("quantiz*" matches quantized, quantization). CJK terms match anywhere,
 * since Chinese has no word boundaries. Immutable and thread-safe once built.
 */
public final class TermMatcher<T> {

    public record Hit<T>(int start, int end, T payload, String term) {
        public int length() {
            return end - start;
        }
    }

    private record Term<T>(String text, T payload, boolean stem) {
    }

    private final char[][] keys;
    private final int[][] next;
    private final int[] fail;
    private final int[][] outputs;
    private final int[] outputLink;
    private final List<Term<T>> terms;
    /** The root's transitions as a direct table: most characters of a text start no term, and this is the hot path. */
    private final int[] rootNext;

    private TermMatcher(char[][] keys, int[][] next, int[] fail, int[][] outputs, int[] outputLink,
                        List<Term<T>> terms) {
        this.keys = keys;
        this.next = next;
        this.fail = fail;
        this.outputs = outputs;
        this.outputLink = outputLink;
        this.terms = terms;
        this.rootNext = new int[Character.MAX_VALUE + 1];
        for (int i = 0; i < keys[0].length; i++) {
            rootNext[keys[0][i]] = next[0][i];
        }
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** Every match, overlapping ones included, ordered by end then by start. */
    public List<Hit<T>> findAll(String folded) {
        List<Hit<T>> hits = new ArrayList<>();
        int state = 0;
        for (int i = 0; i < folded.length(); i++) {
            state = step(state, folded.charAt(i));
            for (int s = outputs[state].length > 0 ? state : outputLink[state]; s > 0; s = outputLink[s]) {
                for (int termIndex : outputs[s]) {
                    Term<T> term = terms.get(termIndex);
                    int start = i + 1 - term.text.length();
                    if (atBoundary(folded, start, i + 1, term)) {
                        hits.add(new Hit<>(start, i + 1, term.payload, term.text));
                    }
                }
            }
        }
        return hits;
    }

    /** Non-overlapping matches, preferring the leftmost and then the longest one. */
    public List<Hit<T>> findLongest(String folded) {
        List<Hit<T>> all = findAll(folded);
        all.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(b.end, a.end));
        List<Hit<T>> kept = new ArrayList<>();
        int coveredUntil = -1;
        for (Hit<T> hit : all) {
            if (hit.start >= coveredUntil) {
                kept.add(hit);
                coveredUntil = hit.end;
            }
        }
        return kept;
    }

    private int step(int state, char c) {
        while (state != 0) {
            int child = child(state, c);
            if (child >= 0) {
                return child;
            }
            state = fail[state];
        }
        return rootNext[c];
    }

    private int child(int state, char c) {
        int index = Arrays.binarySearch(keys[state], c);
        return index >= 0 ? next[state][index] : -1;
    }

    private static boolean atBoundary(String text, int start, int end, Term<?> term) {
        String t = term.text;
        if (TextFolding.isAsciiWordChar(t.charAt(0)) && start > 0
                && TextFolding.isAsciiWordChar(text.charAt(start - 1))) {
            return false;
        }
        return term.stem || !TextFolding.isAsciiWordChar(t.charAt(t.length() - 1))
                || end >= text.length() || !TextFolding.isAsciiWordChar(text.charAt(end));
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
            char[][] keys = new char[size][];
            int[][] next = new int[size][];
            int[][] outputs = new int[size][];
            for (int s = 0; s < size; s++) {
                Map<Character, Integer> map = children.get(s);
                keys[s] = new char[map.size()];
                next[s] = new int[map.size()];
                int i = 0;
                for (Map.Entry<Character, Integer> e : map.entrySet()) {
                    keys[s][i] = e.getKey();
                    next[s][i++] = e.getValue();
                }
                outputs[s] = ends.get(s).stream().mapToInt(Integer::intValue).toArray();
            }
            int[] fail = new int[size];
            int[] outputLink = new int[size];
            TermMatcher<T> partial = new TermMatcher<>(keys, next, fail, outputs, outputLink, List.copyOf(terms));
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            for (int child : next[0]) {
                queue.add(child);
            }
            while (!queue.isEmpty()) {
                int state = queue.poll();
                for (int i = 0; i < keys[state].length; i++) {
                    int child = next[state][i];
                    int f = fail[state];
                    int target = -1;
                    while (true) {
                        target = partial.child(f, keys[state][i]);
                        if (target >= 0 || f == 0) {
                            break;
                        }
                        f = fail[f];
                    }
                    fail[child] = target >= 0 && target != child ? target : 0;
                    outputLink[child] = outputs[fail[child]].length > 0 ? fail[child] : outputLink[fail[child]];
                    queue.add(child);
                }
            }
            return partial;
        }
    }
}
