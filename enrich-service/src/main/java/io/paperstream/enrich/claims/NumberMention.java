package io.paperstream.enrich.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number with a unit in folded text, possibly a range ("2.35x至2.72x", "88-99%", "273×-1365×").
 * Numbers without a unit (counts, years, citations, sizes such as 7B) are not mentions at all.
 */
record NumberMention(int start, int end, Double low, double value, String unit) {

    private static final String NUMBER = "\\d+(?:,\\d{3})*(?:\\.\\d+)?";
    private static final String UNIT = "(?:percentage points?|percent|pp|points?|db|ms|seconds?|sec|gflops|tflops|mflops"
            + "|flops|gb|mb|kb|tb|bpp|fps|tokens?/s|tok/s|tokens?|mw|mj|w|j)(?![a-z])"
            + "|x(?![a-z0-9])|×(?!\\s*\\d)|%|个百分点|百分点|倍|毫秒|秒|个token|个令牌"
            + "|分(?![钟之别类析布支割数辨])|点(?![积云击阵])";
    private static final String START = "(?<![\\w.^\\-])";
    private static final Pattern MENTION = Pattern.compile(
            START + "(?<low>" + NUMBER + ")(?:\\s*(?<lowUnit>" + UNIT + "))?\\s*(?:-|~|to|至|到)\\s*"
                    + "(?<high>" + NUMBER + ")\\s*(?<highUnit>" + UNIT + ")"
                    + "|" + START + "(?<value>" + NUMBER + ")\\s*(?<unit>" + UNIT + ")");

    static Matcher matcher(String folded) {
        return MENTION.matcher(folded);
    }

    static NumberMention of(Matcher m, String folded) {
        if (m.group("high") != null) {
            String unit = canonicalUnit(m.group("highUnit"));
            String lowUnit = m.group("lowUnit");
            boolean sameUnit = lowUnit == null || canonicalUnit(lowUnit).equals(unit);
            if (sameUnit && !startsFromTo(folded, m.start())) {
                return new NumberMention(m.start(), m.end(), parse(m.group("low")), parse(m.group("high")), unit);
            }
            return new NumberMention(m.start("high"), m.end(), null, parse(m.group("high")), unit);
        }
        return new NumberMention(m.start(), m.end(), null, parse(m.group("value")), canonicalUnit(m.group("unit")));
    }

    /** "from 30% to 50%" is a change, not a range. */
    private static boolean startsFromTo(String folded, int start) {
        String before = folded.substring(Math.max(0, start - 6), start).strip();
        return before.endsWith("from") || before.endsWith("从") || before.endsWith("由");
    }

    private static double parse(String number) {
        return Double.parseDouble(number.replace(",", ""));
    }

    static String canonicalUnit(String raw) {
        String unit = raw.strip();
        return switch (unit) {
            case "x", "×", "倍" -> "x";
            case "%", "percent" -> "%";
            case "pp", "point", "points", "percentage point", "percentage points", "个百分点", "百分点", "分", "点" -> "points";
            case "db" -> "dB";
            case "ms", "毫秒" -> "ms";
            case "s", "sec", "second", "seconds", "秒" -> "s";
            case "gflops" -> "GFLOPs";
            case "tflops" -> "TFLOPs";
            case "mflops" -> "MFLOPs";
            case "flops" -> "FLOPs";
            case "gb", "mb", "kb", "tb" -> unit.toUpperCase();
            case "token", "tokens", "个token", "个令牌" -> "tokens";
            case "tokens/s", "token/s", "tok/s" -> "tokens/s";
            case "mw" -> "mW";
            case "mj" -> "mJ";
            case "w" -> "W";
            case "j" -> "J";
            default -> unit;
        };
    }

    boolean isRatioUnit() {
        return unit.equals("x");
    }

    boolean isRelativeUnit() {
        return unit.equals("%") || unit.equals("points");
    }
}
