package io.paperstream.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Damaged copies of real papers, as reports in the wild deliver them: fields swapped, cut short,
 * case changed, full-width, CRLF line ends, control characters, broken surrogates, doubled, and
 * sprinkled with the characters the rules react to. Deterministic for a seed, so a failure repeats.
 */
public final class PerturbedPapers {

    /** Characters that the rules react to, sprinkled into texts so the damaged copies reach odd branches. */
    private static final String TRICKY = "0123456789.,;:()（）%x×-~ 倍至到从由的分点秒、，。toandbyfromupB/";

    private PerturbedPapers() {
    }

    /** The papers, then about 30 damaged copies of each. */
    public static List<PaperText> of(List<PaperText> papers, long seed) {
        List<PaperText> all = new ArrayList<>(papers);
        Random random = new Random(seed);
        for (int p = 0; p < papers.size(); p++) {
            PaperText t = papers.get(p);
            PaperText other = papers.get((p + 1) % papers.size());
            all.add(new PaperText(t.brief(), t.abstractText(), t.title(), t.institutions()));
            all.add(new PaperText(t.abstractText(), t.title(), t.brief(), t.brief()));
            all.add(new PaperText(t.title(), t.abstractText(), t.brief(), t.abstractText()));
            all.add(new PaperText(upper(t.title()), upper(t.brief()), upper(t.abstractText()), upper(t.institutions())));
            all.add(new PaperText(lower(t.title()), lower(t.brief()), lower(t.abstractText()), lower(t.institutions())));
            all.add(new PaperText(fullWidth(t.title()), fullWidth(t.brief()), fullWidth(t.abstractText()),
                    fullWidth(t.institutions())));
            all.add(new PaperText(t.title() + " " + other.title(), join(t.brief(), other.brief()),
                    join(t.abstractText(), other.abstractText()), join(t.institutions(), other.institutions())));
            all.add(new PaperText(t.title(), crlf(t.brief()), crlf(t.abstractText()), crlf(t.institutions())));
            for (int cut = 1; cut < 8; cut++) {
                all.add(new PaperText(cut(t.title(), cut), cut(t.brief(), cut), cut(t.abstractText(), cut),
                        cut(t.institutions(), cut)));
            }
            for (int n = 0; n < 12; n++) {
                all.add(new PaperText(noisy(t.title(), TRICKY, random), noisy(t.brief(), TRICKY, random),
                        noisy(t.abstractText(), TRICKY, random), noisy(t.institutions(), TRICKY, random)));
            }
            for (int n = 0; n < 2; n++) {
                all.add(new PaperText(t.title(), noisy(t.brief(), BROKEN, random), noisy(t.abstractText(), BROKEN, random),
                        noisy(t.institutions(), BROKEN, random)));
            }
        }
        return all;
    }

    /** Control characters, a lone surrogate of each kind, a BOM and a replacement character: decoding damage. */
    private static final String BROKEN = "\u0000\u0007\t\r\n\u000B\u000C\u001F\u007F\uD83D\uDE00\uFEFF\uFFFD\u200B\u3000";

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + " " + b;
    }

    /** Windows line ends after every sentence, as a text wrapped by an editor on Windows has them. */
    private static String crlf(String s) {
        return s == null ? null : s.replace(". ", ".\r\n").replace("。", "。\r\n");
    }

    /** Full-width digits, letters and punctuation, as some Chinese sources write them. */
    private static String fullWidth(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c > ' ' && c < 127 ? (char) (c + 0xFEE0) : c);
        }
        return b.toString();
    }

    /** The first {@code eighths}/8 of the text, so a cut falls inside words, numbers and sentences. */
    private static String cut(String s, int eighths) {
        return s == null ? null : s.substring(0, s.length() * eighths / 8);
    }

    /** A few characters replaced, inserted or removed, drawn from {@code alphabet}. */
    private static String noisy(String s, String alphabet, Random random) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s);
        int edits = 1 + s.length() / 40;
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(b.length());
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            switch (random.nextInt(3)) {
                case 0 -> b.setCharAt(at, c);
                case 1 -> b.insert(at, c);
                default -> {
                    if (b.length() > 1) {
                        b.deleteCharAt(at);
                    }
                }
            }
        }
        return b.toString();
    }
}
