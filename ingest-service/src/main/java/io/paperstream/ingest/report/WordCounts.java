package io.paperstream.ingest.report;

/**
  * Occurrence counts of lower-case keys made of ASCII letters and hyphens, counted straight from a region of a
  * text in either case. Counting a word that was seen before allocates nothing, which matters because
  * {@link Vocabulary} counts every word of a report. Open addressing with linear probing.
  */
final class WordCounts {
    private static final int INITIAL_SLOTS = 64;

    private String[] keys = new String[INITIAL_SLOTS];
    private int[] hashes = new int[INITIAL_SLOTS];
    private int[] counts = new int[INITIAL_SLOTS];
    private int size;

    /**
      * Counts {@code text[start, end)}, which holds only ASCII letters and hyphens; {@code hash} is {@link #hash} of
      * it, which the caller computes while finding the word's end.
      */
    void increment(char[] text, int start, int end, int hash) {
        int mask = keys.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            String key = keys[slot];
            if (key == null) {
                keys[slot] = lowerCaseCopy(text, start, end);
                hashes[slot] = hash;
                counts[slot] = 1;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return;
            }
            if (hashes[slot] == hash && regionEquals(key, text, start, end)) {
                counts[slot]++;
                return;
            }
        }
    }

    /** The hash of a key so far, extended by one more character: String's polynomial over the lower-case key. */
    static int hash(int hashSoFar, char c) {
        return 31 * hashSoFar + lowerCase(c);
    }

    /** How often {@code key} was counted; any key holding something other than lower-case letters and hyphens has 0. */
    int count(String key) {
        int hash = key.hashCode(); // the same polynomial as hash(), over a key that is already lower case
        int mask = keys.length - 1;
        for (int slot = spread(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && keys[slot].equals(key)) {
                return counts[slot];
            }
        }
        return 0;
    }

    /** ASCII letters and the hyphen only: setting bit 5 lower-cases a letter and leaves '-' as it is. */
    private static char lowerCase(char c) {
        return (char) (c | 0x20);
    }

    private static boolean regionEquals(String key, char[] text, int start, int end) {
        if (key.length() != end - start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (key.charAt(i - start) != lowerCase(text[i])) {
                return false;
            }
        }
        return true;
    }

    private static String lowerCaseCopy(char[] text, int start, int end) {
        char[] chars = new char[end - start];
        for (int i = start; i < end; i++) {
            chars[i - start] = lowerCase(text[i]);
        }
        return new String(chars);
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldHashes = hashes;
        int[] oldCounts = counts;
        keys = new String[oldKeys.length * 2];
        hashes = new int[keys.length];
        counts = new int[keys.length];
        int mask = keys.length - 1;
        for (int old = 0; old < oldKeys.length; old++) {
            if (oldKeys[old] != null) {
                int slot = spread(oldHashes[old]) & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[old];
                hashes[slot] = oldHashes[old];
                counts[slot] = oldCounts[old];
            }
        }
    }
}
