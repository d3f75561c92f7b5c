package io.paperstream.ingest.report;

import java.util.Arrays;
import java.util.Collection;

/**
  * Occurrence counts of lower-case keys made of ASCII letters and hyphens, counted straight from a region of a
  * text in either case. {@link Vocabulary} looks up every word of a report here, so counting a word seen before
  * allocates nothing and touches one cache line of the table: open addressing with linear probing, each slot's
  * hash, count and key position side by side in one int array, the keys' characters in one char array.
  */
final class WordCounts {
    private static final int INITIAL_SLOTS = 64;
    private static final int SLOT_INTS = 4;
    private static final int HASH = 0;
    private static final int COUNT = 1;
    private static final int KEY_START = 2;
    private static final int KEY_LENGTH = 3;

    /** Per slot: hash, count, start and length of the key in {@link #keyChars}; a length of 0 marks an empty slot. */
    private int[] slots;
    private char[] keyChars;
    private int keyCharsUsed;
    private int size;
    /** When set, only the keys given up front are counted and others are passed over. */
    private boolean fixedKeys;

    /** Counts every key it is given. */
    WordCounts() {
        this(INITIAL_SLOTS);
    }

    private WordCounts(int slotCount) {
        slots = new int[slotCount * SLOT_INTS];
        keyChars = new char[slotCount * 8];
    }

    /**
      * Counts only {@code keys} (non-empty, lower-case ASCII letters and hyphens): a text is read for a few words'
      * sake, and passing over a word costs a look at a mostly empty table instead of a key comparison.
      */
    static WordCounts only(Collection<String> keys) {
        // a quarter full: a word that is not a key usually meets an empty slot at once
        WordCounts counts = new WordCounts(Integer.highestOneBit(4 * keys.size() + 3) * 2);
        for (String key : keys) {
            char[] chars = key.toCharArray();
            counts.increment(chars, 0, chars.length, key.hashCode());
        }
        counts.clear();
        counts.fixedKeys = true;
        return counts;
    }

    /**
      * Counts {@code text[start, end)}, which holds only ASCII letters and hyphens; {@code hash} is {@link #hash} of
      * it, which the caller computes while finding the word's end.
      */
    void increment(char[] text, int start, int end, int hash) {
        int mask = slots.length / SLOT_INTS - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            int at = slot * SLOT_INTS;
            if (slots[at + KEY_LENGTH] == 0) {
                if (!fixedKeys) {
                    insert(at, text, start, end, hash);
                }
                return;
            }
            if (slots[at + HASH] == hash && keyEquals(at, text, start, end)) {
                slots[at + COUNT]++;
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
        int mask = slots.length / SLOT_INTS - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            int at = slot * SLOT_INTS;
            if (slots[at + KEY_LENGTH] == 0) {
                return 0;
            }
            if (slots[at + HASH] == hash && keyEquals(at, key)) {
                return slots[at + COUNT];
            }
        }
    }

    /** ASCII letters and the hyphen only: setting bit 5 lower-cases a letter and leaves '-' as it is. */
    private static char lowerCase(char c) {
        return (char) (c | 0x20);
    }

    private boolean keyEquals(int at, char[] text, int start, int end) {
        if (slots[at + KEY_LENGTH] != end - start) {
            return false;
        }
        int keyStart = slots[at + KEY_START] - start;
        for (int i = start; i < end; i++) {
            if (keyChars[keyStart + i] != lowerCase(text[i])) {
                return false;
            }
        }
        return true;
    }

    private boolean keyEquals(int at, String key) {
        if (slots[at + KEY_LENGTH] != key.length()) {
            return false;
        }
        int keyStart = slots[at + KEY_START];
        for (int i = 0; i < key.length(); i++) {
            if (keyChars[keyStart + i] != key.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void insert(int at, char[] text, int start, int end, int hash) {
        int length = end - start;
        if (keyCharsUsed + length > keyChars.length) {
            keyChars = Arrays.copyOf(keyChars, Math.max(2 * keyChars.length, keyCharsUsed + length));
        }
        for (int i = start; i < end; i++) {
            keyChars[keyCharsUsed + i - start] = lowerCase(text[i]);
        }
        slots[at + HASH] = hash;
        slots[at + COUNT] = 1;
        slots[at + KEY_START] = keyCharsUsed;
        slots[at + KEY_LENGTH] = length;
        keyCharsUsed += length;
        if (++size * 2 > slots.length / SLOT_INTS) {
            grow();
        }
    }

    /** Sets every count to 0, keeping the keys. */
    private void clear() {
        for (int at = 0; at < slots.length; at += SLOT_INTS) {
            slots[at + COUNT] = 0;
        }
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        int mask = slots.length / SLOT_INTS - 1;
        for (int from = 0; from < old.length; from += SLOT_INTS) {
            if (old[from + KEY_LENGTH] != 0) {
                int slot = spread(old[from + HASH]) & mask;
                while (slots[slot * SLOT_INTS + KEY_LENGTH] != 0) {
                    slot = (slot + 1) & mask;
                }
                System.arraycopy(old, from, slots, slot * SLOT_INTS, SLOT_INTS);
            }
        }
    }
}
