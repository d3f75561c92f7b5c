package io.paperstream.enrich.claims;

import io.paperstream.enrich.claims.ClaimLexicon.Approx;
import io.paperstream.enrich.claims.ClaimLexicon.Cue;
import io.paperstream.enrich.claims.ClaimLexicon.Joiner;
import io.paperstream.enrich.claims.ClaimLexicon.KindCue;
import io.paperstream.enrich.claims.ClaimLexicon.Marker;
import io.paperstream.enrich.claims.ClaimLexicon.Role;
import io.paperstream.enrich.claims.ClaimLexicon.Setting;
import io.paperstream.enrich.claims.ClaimLexicon.Target;
import io.paperstream.enrich.text.TermMatcher;

import java.util.Arrays;

/**
 * The lexicon's words in one text: kind, hedge, target and setting words without overlaps
 * (longest wins), and the joining words, each as positions sorted by start.
 */
record Cues(int[] starts, int[] ends, Cue[] payloads, String[] terms,
            int[] conjunctionStarts, int[] conjunctionEnds,
            int[] coordinationStarts, int[] coordinationEnds,
            int[] markerStarts, int[] markerEnds, Role[] markerRoles) {

    private static final Role[] ROLES = Role.values();

    static Cues of(TermMatcher.Matches<?> matches) {
        // the cues other than joiners and markers, named by their record classes: a test against
        // a class is one compare, against the sealed interface Cue a search of the class's supertypes
        int[] kept = matches.longest(p -> p instanceof KindCue || p instanceof Approx || p instanceof Target
                || p instanceof Setting);
        int[] starts = new int[kept.length];
        int[] ends = new int[kept.length];
        Cue[] payloads = new Cue[kept.length];
        String[] terms = new String[kept.length];
        for (int k = 0; k < kept.length; k++) {
            starts[k] = matches.start(kept[k]);
            ends[k] = matches.end(kept[k]);
            payloads[k] = (Cue) matches.payload(kept[k]);
            terms[k] = matches.term(kept[k]);
        }
        long[] conjunctions = new long[matches.size()];
        long[] coordinations = new long[matches.size()];
        int conjunctionCount = 0;
        int coordinationCount = 0;
        for (int i = 0; i < matches.size(); i++) {
            if (matches.payload(i) instanceof Joiner joiner) {
                long span = ((long) matches.start(i) << 32) | matches.end(i);
                if (joiner.conjunction()) {
                    conjunctions[conjunctionCount++] = span;
                }
                if (joiner.coordination()) {
                    coordinations[coordinationCount++] = span;
                }
            }
        }
        Arrays.sort(conjunctions, 0, conjunctionCount);
        Arrays.sort(coordinations, 0, coordinationCount);
        long[] markers = new long[matches.size()];
        int markerCount = 0;
        for (int i = 0; i < matches.size(); i++) {
            if (matches.payload(i) instanceof Marker marker) {
                markers[markerCount++] = ((long) matches.start(i) << 32) | ((long) matches.end(i) << 4) | marker.role().ordinal();
            }
        }
        Arrays.sort(markers, 0, markerCount);
        int[] markerStarts = new int[markerCount];
        int[] markerEnds = new int[markerCount];
        Role[] markerRoles = new Role[markerCount];
        for (int k = 0; k < markerCount; k++) {
            markerStarts[k] = (int) (markers[k] >>> 32);
            markerEnds[k] = (int) ((markers[k] & 0xFFFFFFFFL) >>> 4);
            markerRoles[k] = ROLES[(int) (markers[k] & 0xF)];
        }
        return new Cues(starts, ends, payloads, terms,
                highs(conjunctions, conjunctionCount), lows(conjunctions, conjunctionCount),
                highs(coordinations, coordinationCount), lows(coordinations, coordinationCount),
                markerStarts, markerEnds, markerRoles);
    }

    /** Whether a word of {@code role} lies wholly inside [from, to). */
    /** The end of the last marker of {@code role} wholly within [from, to), or -1. */
    int lastMarkerEnd(Role role, int from, int to) {
        int last = -1;
        for (int k = firstStartingAtOrAfter(markerStarts, from); k < markerStarts.length && markerStarts[k] < to; k++) {
            if (markerRoles[k] == role && markerEnds[k] <= to) {
                last = Math.max(last, markerEnds[k]);
            }
        }
        return last;
    }

    boolean markerWithin(Role role, int from, int to) {
        for (int k = firstStartingAtOrAfter(markerStarts, from); k < markerStarts.length && markerStarts[k] < to; k++) {
            if (markerRoles[k] == role && markerEnds[k] <= to) {
                return true;
            }
        }
        return false;
    }

    /** Index of the first sentence-level word that starts at or after {@code position}, or -1. */
    int firstMarkerAtOrAfter(int position) {
        int k = firstStartingAtOrAfter(markerStarts, position);
        return k < markerStarts.length ? k : -1;
    }

    int markerCount() {
        return markerStarts.length;
    }

    int markerStart(int k) {
        return markerStarts[k];
    }

    Role markerRole(int k) {
        return markerRoles[k];
    }

    /** Start of the first word of {@code role}, or -1. */
    int firstMarkerStart(Role role) {
        for (int k = 0; k < markerStarts.length; k++) {
            if (markerRoles[k] == role) {
                return markerStarts[k];
            }
        }
        return -1;
    }

    /** Whether a word of {@code role} ends exactly at {@code end}. */
    boolean markerEndingAt(Role role, int end) {
        for (int k = 0; k < markerStarts.length && markerStarts[k] < end; k++) {
            if (markerRoles[k] == role && markerEnds[k] == end) {
                return true;
            }
        }
        return false;
    }

    private static int[] highs(long[] spans, int count) {
        int[] out = new int[count];
        for (int k = 0; k < count; k++) {
            out[k] = (int) (spans[k] >>> 32);
        }
        return out;
    }

    private static int[] lows(long[] spans, int count) {
        int[] out = new int[count];
        for (int k = 0; k < count; k++) {
            out[k] = (int) spans[k];
        }
        return out;
    }

    /** Index of the first cue ending after {@code position} (cues do not overlap, so ends ascend too). */
    int firstEndingAfter(int position) {
        int low = 0;
        int high = ends.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ends[mid] <= position) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    boolean conjunctionWithin(int from, int to) {
        return spanWithin(conjunctionStarts, conjunctionEnds, from, to);
    }

    /**
     * Whether a conjunction inside [from, to) separates its two ends: one that follows a comparison
     * opener in the span joins the things compared ("吞吐量相比A和B提升2-4倍", "compared with A and
     * B, latency drops 40%"), not two results.
     */
    boolean separatingConjunctionWithin(int from, int to) {
        int k = firstSpanWithin(conjunctionStarts, conjunctionEnds, from, to);
        return k >= 0 && !markerWithin(Role.COMPARISON, from, conjunctionStarts[k]);
    }

    boolean coordinationWithin(int from, int to) {
        return spanWithin(coordinationStarts, coordinationEnds, from, to);
    }

    /** Whether a kind word other than cue {@code except} lies wholly inside [from, to). */
    boolean kindCueWithin(int from, int to, int except) {
        for (int k = firstEndingAfter(from); k < starts.length && starts[k] < to; k++) {
            if (k != except && payloads[k] instanceof KindCue && starts[k] >= from && ends[k] <= to) {
                return true;
            }
        }
        return false;
    }

    /** Whether a target cue lies wholly inside [from, to): any target, or the one named {@code name}. */
    boolean targetWithin(String name, int from, int to) {
        for (int k = firstEndingAfter(from); k < starts.length && ends[k] <= to; k++) {
            if (starts[k] >= from && payloads[k] instanceof Target target
                    && (name == null || target.name().equals(name))) {
                return true;
            }
        }
        return false;
    }

    private static boolean spanWithin(int[] starts, int[] ends, int from, int to) {
        return firstSpanWithin(starts, ends, from, to) >= 0;
    }

    /** Index of the first span (by start) lying wholly inside [from, to), or -1. */
    private static int firstSpanWithin(int[] starts, int[] ends, int from, int to) {
        for (int k = firstStartingAtOrAfter(starts, from); k < starts.length && starts[k] < to; k++) {
            if (ends[k] <= to) {
                return k;
            }
        }
        return -1;
    }

    /** Index of the first of the sorted {@code starts} at or after {@code position} (its length when none). */
    private static int firstStartingAtOrAfter(int[] starts, int position) {
        int index = Arrays.binarySearch(starts, position);
        int k = index >= 0 ? index : -index - 1;
        // equal starts are adjacent after sorting; step back to the first of them
        while (k > 0 && starts[k - 1] == position) {
            k--;
        }
        return k;
    }
}
