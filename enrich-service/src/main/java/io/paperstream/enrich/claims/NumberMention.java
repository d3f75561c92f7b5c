package io.paperstream.enrich.claims;

import io.paperstream.enrich.text.Phrases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A number with a unit in folded text, possibly a range ("2.35x至2.72x", "88-99%", "273×-1365×").
 * Numbers without a unit (counts, years, citations, sizes such as 7B) are not mentions at all,
 * except in a list whose last item carries the unit for all ("83.28, 87.44, and 84.50%").
 *
 * <p>{@code level} marks the end point of a change ("from 600 ms to 300 ms", "600-300 ms",
 * "提升12个百分点至60.65%"): a value reached, not the size of the change. The start point of such
 * a change is the old value and is not a mention.
 *
 * <p>{@link #scan} reads the text once, left to right, trying a number only where one can start
 * (a digit not glued to a word, a '.', a '^' or a '-'), so the cost is linear in the text.
 */
record NumberMention(int start, int end, Double low, double value, String unit, boolean level, boolean measurement) {

    /**
     * Canonical units of durations and sizes: with neither a kind word nor a target near it, such a
     * number states what the method handles ("支持240秒视频", "trained for 24 hours"), not a result.
     */
    private static final Set<String> STEP_TIME_UNITS = Set.of("ms", "s", "µs");
    private static final Set<String> DURATION_UNITS = Stream.concat(STEP_TIME_UNITS.stream(),
            Stream.of("min", "hours", "days")).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> MEASUREMENT_UNITS = Set.of("s", "ms", "min", "hours", "Hz",
            "GPU hours", "days", "KB", "MB", "GB", "TB");

    /**
     * A unit as written, the canonical name it stands for, what may not follow it, and whether a
     * number in it needs a kind or target word to be a result ({@link #measurement()}).
     */
    private record Unit(String written, String canonical, Follow follow, boolean measurement) {
        Unit(String written, String canonical, Follow follow) {
            this(written, canonical, follow, MEASUREMENT_UNITS.contains(canonical));
        }
    }

    private enum Follow {
        /** Anything may follow (CJK units, '%'). */
        ANY,
        /** Not an ASCII letter: "ms" but not "msa". */
        NO_LETTER,
        /** Neither a letter nor a digit: "2x" but not "2x3". */
        NO_LETTER_OR_DIGIT,
        /** Not a digit after optional spaces: "3×" but not "592×592". */
        NO_DIGIT_AFTER_SPACES,
        /** Not a letter, nor a digit after optional spaces: "2x" but not "2x3" or "512 x 512". */
        NO_LETTER_NOR_DIGIT_AFTER_SPACES,
        /** Not a character that makes 分 a word of its own (分钟, 分之, 分别, 分类, …). */
        NOT_FEN_WORD,
        /** Not a character that makes 点 a word of its own (点积, 点云, …). */
        NOT_DIAN_WORD
    }

    /** Units of measure; the metrics whose name is the unit ("4.7 FID") come from {@link MetricNames}. */
    private static final List<Unit> MEASURES = List.of(
            new Unit("percentage points", "points", Follow.NO_LETTER),
            new Unit("percentage point", "points", Follow.NO_LETTER),
            new Unit("percent", "%", Follow.NO_LETTER),
            new Unit("pp", "points", Follow.NO_LETTER),
            new Unit("-points", "points", Follow.NO_LETTER),
            new Unit("-point", "points", Follow.NO_LETTER),
            new Unit("points", "points", Follow.NO_LETTER),
            new Unit("point", "points", Follow.NO_LETTER),
            new Unit("db", "dB", Follow.NO_LETTER),
            new Unit("ms", "ms", Follow.NO_LETTER),
            new Unit("seconds", "s", Follow.NO_LETTER),
            new Unit("second", "s", Follow.NO_LETTER),
            new Unit("sec", "s", Follow.NO_LETTER),
            new Unit("gflops", "GFLOPs", Follow.NO_LETTER),
            new Unit("tflops", "TFLOPs", Follow.NO_LETTER),
            new Unit("mflops", "MFLOPs", Follow.NO_LETTER),
            new Unit("flops", "FLOPs", Follow.NO_LETTER),
            new Unit("gb", "GB", Follow.NO_LETTER),
            new Unit("mb", "MB", Follow.NO_LETTER),
            new Unit("kb", "KB", Follow.NO_LETTER),
            new Unit("tb", "TB", Follow.NO_LETTER),
            new Unit("bpp", "bpp", Follow.NO_LETTER),
            new Unit("fps", "fps", Follow.NO_LETTER),
            new Unit("frames per second", "fps", Follow.NO_LETTER),
            new Unit("frames/s", "fps", Follow.NO_LETTER),
            new Unit("gpu hours", "GPU hours", Follow.NO_LETTER),
            new Unit("gpu-hours", "GPU hours", Follow.NO_LETTER),
            new Unit("hours", "hours", Follow.NO_LETTER),
            new Unit("hour", "hours", Follow.NO_LETTER),
            new Unit("minutes", "min", Follow.NO_LETTER),
            new Unit("days", "days", Follow.NO_LETTER),
            new Unit("times", "x", Follow.NO_LETTER, true), // "repeated 3 times" counts, "3 times faster" is a ratio
            new Unit("-fold", "x", Follow.NO_LETTER),
            new Unit("fold", "x", Follow.NO_LETTER),
            new Unit("µj", "µJ", Follow.NO_LETTER),
            new Unit("μj", "µJ", Follow.NO_LETTER),
            new Unit("tokens/s", "tokens/s", Follow.NO_LETTER),
            new Unit("tokens per second", "tokens/s", Follow.NO_LETTER),
            new Unit("token per second", "tokens/s", Follow.NO_LETTER),
            new Unit("token/s", "tokens/s", Follow.NO_LETTER),
            new Unit("tok/s", "tokens/s", Follow.NO_LETTER),
            new Unit("tokens", "tokens", Follow.NO_LETTER),
            new Unit("token", "tokens", Follow.NO_LETTER),
            new Unit("mw", "mW", Follow.NO_LETTER),
            new Unit("mj", "mJ", Follow.NO_LETTER),
            new Unit("w", "W", Follow.NO_LETTER),
            new Unit("j", "J", Follow.NO_LETTER),
            new Unit("gops/w", "GOPS/W", Follow.NO_LETTER),
            new Unit("tops/w", "TOPS/W", Follow.NO_LETTER),
            new Unit("mm²", "mm²", Follow.NO_LETTER),
            new Unit("mm2", "mm²", Follow.NO_LETTER),
            new Unit("µs", "µs", Follow.NO_LETTER),
            new Unit("μs", "µs", Follow.NO_LETTER),
            new Unit("微秒", "µs", Follow.ANY),
            new Unit("s", "s", Follow.NO_LETTER),
            new Unit("hz", "Hz", Follow.NO_LETTER),
            new Unit("赫兹", "Hz", Follow.ANY),
            new Unit("gops", "GOPS", Follow.NO_LETTER),
            new Unit("tops", "TOPS", Follow.NO_LETTER),
            new Unit("x", "x", Follow.NO_LETTER_NOR_DIGIT_AFTER_SPACES),
            new Unit("×", "x", Follow.NO_DIGIT_AFTER_SPACES),
            new Unit("%", "%", Follow.ANY),
            new Unit("个百分点", "points", Follow.ANY),
            new Unit("个点", "points", Follow.ANY),
            new Unit("百分点", "points", Follow.ANY),
            new Unit("倍", "x", Follow.ANY),
            new Unit("多倍", "x", Follow.ANY),
            new Unit("毫秒", "ms", Follow.ANY),
            new Unit("个小时", "hours", Follow.ANY),
            new Unit("小时", "hours", Follow.ANY),
            new Unit("分钟", "min", Follow.ANY),
            new Unit("秒", "s", Follow.ANY),
            new Unit("个token", "tokens", Follow.ANY),
            new Unit("个令牌", "tokens", Follow.ANY),
            new Unit("分", "points", Follow.NOT_FEN_WORD),
            new Unit("点", "points", Follow.NOT_DIAN_WORD));
    /** After 分 these make a word (分钟, 分别, …) or a time ("4分15秒"), not a score in points. */
    private static final String FEN_WORDS = "钟之别类析布支割数辨0123456789";
    private static final String DIAN_WORDS = "积云击阵游";
    private static final MetricNames METRICS = MetricNames.read();
    /**
     * The units by their first character, longest first, so a position is tried against a few and a
     * spelling before its prefix, as a regex alternation would try them ("ndcg@10" before "ndcg").
     */
    private static final Map<Character, List<Unit>> UNITS_BY_FIRST_CHAR = new HashMap<>();

    static {
        Stream.concat(MEASURES.stream(), METRICS.after().stream()
                        .map(metric -> new Unit(metric.written(), metric.unit(), followOfMetric(metric.written()))))
                .forEach(unit -> UNITS_BY_FIRST_CHAR.computeIfAbsent(unit.written.charAt(0), c -> new ArrayList<>())
                        .add(unit));
        UNITS_BY_FIRST_CHAR.values().forEach(units -> units.sort(
                Comparator.comparingInt((Unit unit) -> unit.written.length()).reversed()));
    }

    /** A metric's name after a number is a word: "4.7 FID" but not "4.7 FIDs"; "51.3 F1" but not "F12". */
    private static Follow followOfMetric(String written) {
        char last = written.charAt(written.length() - 1);
        return last >= 128 ? Follow.ANY : isDigit(last) ? Follow.NO_LETTER_OR_DIGIT : Follow.NO_LETTER;
    }

    private static final String[] RANGE_SEPARATORS = {"-", "~", "to", "至", "到"};

    /**
     * Every mention in folded text, in text order, none overlapping. Only the starts of the text's
     * runs of digits (ascending) are tried: a number never starts right after a digit.
     */
    static List<NumberMention> scan(String folded, int[] digitRunStarts) {
        List<NumberMention> mentions = new ArrayList<>();
        int scannedUntil = 0;
        for (int i : digitRunStarts) {
            if (i < scannedUntil || !mayStartNumber(folded, i)) {
                continue;
            }
            NumberMention mention = readAt(folded, i);
            if (mention == null && !mentions.isEmpty()) {
                mention = nextBareValue(folded, i, mentions.get(mentions.size() - 1));
            }
            if (mention != null) {
                if (mention.low == null && !mention.level) {
                    addListItemsBefore(folded, mention, mentions);
                }
                mentions.add(mention);
                scannedUntil = mention.end();
            }
        }
        return mentions;
    }

    /** What joins two values of one bare metric: "perplexities of 6.52 and 7.03", "the VBench drop to 0.4 and 0.7". */
    private static final String[] BARE_VALUE_JOINERS = {" and ", " or ", "/", "和", "、", ", and ", ", ", "，"};
    /** Of {@link #BARE_VALUE_JOINERS}, those that join a list only when the values are written alike. */
    private static final Set<String> COMMA_JOINERS = Set.of(", ", "，");
    /** What may follow such a second value: it stands alone, no measure word or unit glued to it. */
    private static final String AFTER_BARE_VALUE = " ,.;:)，。；：）、/的";

    /**
     * The bare number at {@code start} as a second value of the bare metric {@code previous} was read
     * in, when only a joiner stands between them, else null.
     */
    private static NumberMention nextBareValue(String folded, int start, NumberMention previous) {
        if (previous.low != null || previous.measurement || previous.end != numberEnd(folded, previous.start)
                || previous.unit.equals("points")) {
            return null; // not a value of a metric named before it
        }
        for (String joiner : BARE_VALUE_JOINERS) {
            if (previous.end + joiner.length() == start && folded.startsWith(joiner, previous.end)) {
                int end = numberEnd(folded, start);
                if (end < folded.length() && AFTER_BARE_VALUE.indexOf(folded.charAt(end)) < 0) {
                    return null; // "、20次", "1024×1024"
                }
                if (COMMA_JOINERS.contains(joiner)
                        && decimals(folded, start, end) != decimals(folded, previous.start, previous.end)) {
                    return null; // "an FID of 3.12, 2 steps fewer": a comma lists values written alike
                }
                return new NumberMention(start, end, null, parse(folded, start, end), previous.unit, previous.level, false);
            }
        }
        return null;
    }

    /** A range "low[unit] sep high unit", else a single "value unit", starting at {@code start}. */
    private static NumberMention readAt(String folded, int start) {
        int lowEnd = numberEnd(folded, start);
        NumberMention fraction = fractionAt(folded, start, lowEnd);
        if (fraction != null) {
            return fraction;
        }
        int afterLow = skipSpaces(folded, lowEnd);
        Unit lowUnit = unitAt(folded, afterLow);
        if (lowUnit != null && lowUnit.written.equals("s") && afterLow == lowEnd && lowEnd - start == 4
                && isDigit(folded.charAt(start + 1)) && isDigit(folded.charAt(start + 2)) && isDigit(folded.charAt(start + 3))) {
            lowUnit = null; // "the 2020s" is a decade, "1.8s" a duration
        }
        if (lowUnit != null) {
            NumberMention range = rangeFrom(folded, start, lowEnd, lowUnit, afterLow + lowUnit.written.length());
            if (range != null) {
                return range;
            }
        }
        NumberMention range = rangeFrom(folded, start, lowEnd, null, lowEnd);
        if (range != null) {
            return range;
        }
        if (lowUnit == null) {
            long metric = metricNamedBefore(folded, start);
            if (metric < 0) {
                // "only 0.4 below the unmerged model", "(+1.7)", "比Swin-T高4.2": a difference in a metric's points
                return isBareDifference(folded, start, lowEnd)
                        ? new NumberMention(start, lowEnd, null, parse(folded, start, lowEnd), "points", false, false)
                        : null;
            }
            // "an FID of 7.75", "困惑度为8.41" name the value reached; "FID降低0.6", "AP is 0.4 below …" a change
            return new NumberMention(start, lowEnd, null, parse(folded, start, lowEnd),
                    BARE_METRICS[(int) metric].unit(), (metric & LEVEL_ONLY) != 0 && !differenceFollows(folded, lowEnd),
                    false);
        }
        String unit = lowUnit.canonical.equals("tokens") && folded.startsWith("每秒", start - 2) ? "tokens/s"
                : lowUnit.canonical; // "每秒11.2个token" is a rate
        return new NumberMention(start, afterLow + lowUnit.written.length(), null, parse(folded, start, lowEnd),
                unit, false, lowUnit.measurement);
    }

    /** Words after a bare number that make it a difference against what follows. */
    private static final List<String> DIFFERENCE_AFTER = ClaimWords.DIFFERENCE_AFTER.spaced();
    private static final int COMPARATIVE_BI_REACH = 16;

    /** Whether a difference word ("below", "higher than") follows the number ending at {@code end}. */
    private static boolean differenceFollows(String folded, int end) {
        return Phrases.startsWithAny(folded, end, DIFFERENCE_AFTER);
    }

    /**
     * A number without unit that states by how much one value differs from another: "0.4 below the
     * unmerged model", "within 0.3 of full-depth decoding", "49.3%（+1.7）", "比Swin-T高4.2".
     */
    private static boolean isBareDifference(String folded, int start, int end) {
        if (differenceFollows(folded, end)) {
            return true;
        }
        int before = skipSpacesBack(folded, start);
        if (folded.startsWith(" of ", end) && before >= 6 && folded.startsWith("within", before - 6)) {
            return true;
        }
        if (before >= 2 && folded.charAt(before - 1) == '+' && folded.charAt(before - 2) == '('
                && end < folded.length() && folded.charAt(end) == ')') {
            return true;
        }
        if (before >= 1 && (folded.charAt(before - 1) == '高' || folded.charAt(before - 1) == '低')) {
            for (int i = before - 2; i >= 0 && i >= before - COMPARATIVE_BI_REACH; i--) {
                char c = folded.charAt(i);
                if (c == '比') {
                    return true;
                }
                if (c == ',' || c == '。' || c == '、' || c == ';' || isDigit(c)) {
                    return false;
                }
            }
        }
        return false;
    }

    /** The unit of "1/N": N times less, read as the ratio N. */
    static final String FRACTION = "1/x";

    /**
     * "参数量仅为PatchTST的1/50", "降低至原来的1/30", "using 1/500 of its parameters": one N-th of
     * something is the ratio N ({@link #FRACTION}). Not "1/2/2024" nor "11/30".
     */
    private static NumberMention fractionAt(String folded, int start, int oneEnd) {
        if (oneEnd != start + 1 || folded.charAt(start) != '1' || oneEnd + 1 >= folded.length()
                || folded.charAt(oneEnd) != '/' || !isDigit(folded.charAt(oneEnd + 1))
                || start > 0 && (isDigit(folded.charAt(start - 1)) || folded.charAt(start - 1) == '/')) {
            return null;
        }
        int end = numberEnd(folded, oneEnd + 1); // "降至原来的1/7.3"
        if (end < folded.length() && folded.charAt(end) == '/') {
            return null;
        }
        double denominator = parse(folded, oneEnd + 1, end);
        return denominator >= 2 ? new NumberMention(start, end, null, denominator, FRACTION, false, false) : null;
    }

    /** Metrics named before a bare number, as folded, with the unit their values take: longest first. */
    private static final MetricNames.Spelling[] BARE_METRICS = METRICS.before().toArray(new MetricNames.Spelling[0]);
    /** Links between a metric's name and its value that name the level reached ("perplexity of 8.41", "困惑度为8.41"). */
    private static final Set<String> LEVEL_LINKS = Set.of("of", "is", "was", "reaches", "reached", "=", ":", "为",
            "仅为", "达到", "达", "只有", "only", "just", "about", "around", "约", "~", "（", "(", "）", ")", "提升至",
            "提升到", "增至", "达到了", "保持", "保持在", "分别为", "分别达到", "分别", "at", "below");
    /** Links that name a change of the metric ("困惑度仅增加0.18", "FID drops 0.6"). */
    private static final Set<String> CHANGE_LINKS = Set.of("to", "by", "down", "up", "drops", "falls", "rises",
            "improves", "loss", "drop", "increase", "of only", "降至", "降到", "降低", "降低了", "下降", "下降了", "提升",
            "提升了", "提高", "增加", "增加了", "上升", "升高", "损失", "仅", "了", "低至", "不超过", "不到", "仅降", "降");
    /** What may stand between such a metric's name and its value: a level's links or a change's. */
    private static final Set<String> METRIC_VALUE_LINKS = Stream.concat(LEVEL_LINKS.stream(), CHANGE_LINKS.stream())
            .collect(Collectors.toUnmodifiableSet());
    private static final int METRIC_REACH = 24;
    /**
     * {@link #BARE_METRICS} and {@link #METRIC_VALUE_LINKS} by their last character: the walk back
     * from a number tries only the few that can end where it stands.
     */
    private static final Map<Character, int[]> METRICS_BY_LAST_CHAR = new HashMap<>();
    private static final Map<Character, String[]> LINKS_BY_LAST_CHAR = new HashMap<>();
    private static final int[] NO_INDEXES = new int[0];
    private static final String[] NO_LINKS = new String[0];

    static {
        for (int m = 0; m < BARE_METRICS.length; m++) {
            String name = BARE_METRICS[m].written();
            int[] before = METRICS_BY_LAST_CHAR.getOrDefault(name.charAt(name.length() - 1), NO_INDEXES);
            int[] with = Arrays.copyOf(before, before.length + 1);
            with[before.length] = m;
            METRICS_BY_LAST_CHAR.put(name.charAt(name.length() - 1), with);
        }
        for (String link : METRIC_VALUE_LINKS) {
            LINKS_BY_LAST_CHAR.merge(link.charAt(link.length() - 1), new String[] {link}, (a, b) -> {
                String[] both = Arrays.copyOf(a, a.length + 1);
                both[a.length] = b[0];
                return both;
            });
        }
    }

    /** In {@link #metricNamedBefore}'s result: only links naming a level stood between name and number. */
    private static final long LEVEL_ONLY = 1L << 32;

    /**
     * The index in {@link #BARE_METRICS} of a metric reported without unit that names the bare number
     * at {@code start} right before it ("a perplexity of 8.41", "FID降低0.6", "困惑度为8.41"), with
     * {@link #LEVEL_ONLY} set when the words between name a level, or -1. It walks back from the
     * number over linking words only, so it reads a few characters, not the text. Other bare
     * numbers (counts, years, sizes) stay no mention.
     */
    private static long metricNamedBefore(String folded, int start) {
        int limit = Math.max(0, start - METRIC_REACH);
        int at = start;
        boolean levelOnly = true;
        while (at > limit) {
            if (folded.charAt(at - 1) == ' ') {
                at--;
                continue;
            }
            int m = metricEndingAt(folded, at);
            if (m >= 0) {
                if (BARE_METRICS[m].unit().equals(GENERIC_SCORE)) {
                    // "a Dice score of 0.31", "VBench得分": the metric the score word follows names it
                    int named = metricEndingAt(folded, skipSpacesBack(folded, at - BARE_METRICS[m].written().length()));
                    m = named >= 0 ? named : m;
                }
                if ((m == AP || m == MAP) && folded.substring(at, start).isBlank() && isIouThreshold(folded, start)) {
                    return -1; // "AP 0.5 50.2%", "mAP 0.75": the IoU threshold the AP is taken at
                }
                return m | (levelOnly ? LEVEL_ONLY : 0);
            }
            String link = linkEndingAt(folded, at);
            if (link == null) {
                int from = startOfChangeEndingAt(folded, at);
                if (from < 0) {
                    from = modelOfEndingAt(folded, at);
                }
                if (from < 0) {
                    return -1;
                }
                // "PDMS from 85.3 to 89.1", "PDMS从85.3提升到89.1": the metric named before the change;
                // "the perplexity of Llama-2-13B is 6.87": the metric named before the model it is of
                at = from;
                continue;
            }
            levelOnly &= LEVEL_LINKS.contains(link);
            at -= link.length();
        }
        return -1;
    }

    /**
     * Where "from A" or "从A"/"由A" starts when it ends at {@code end} (A a plain number), else -1: the
     * start of a change whose end value follows.
     */
    private static int startOfChangeEndingAt(String folded, int end) {
        int numberStart = end;
        while (numberStart > 0 && (isDigit(folded.charAt(numberStart - 1)) || folded.charAt(numberStart - 1) == '.')) {
            numberStart--;
        }
        if (numberStart == end || !isDigit(folded.charAt(numberStart))) {
            return -1;
        }
        int before = skipSpacesBack(folded, numberStart);
        if (before > 0 && (folded.charAt(before - 1) == '从' || folded.charAt(before - 1) == '由')) {
            return before - 1;
        }
        return before >= 4 && folded.startsWith("from", before - 4) ? before - 4 : -1;
    }

    /**
     * Where " of M" starts when it ends at {@code end} and M is one word with a digit, as model names
     * have ("of Llama-2-13B", "of LLaMA-3-8B"), else -1.
     */
    private static int modelOfEndingAt(String folded, int end) {
        int start = end;
        boolean digit = false;
        while (start > 0 && folded.charAt(start - 1) != ' ') {
            digit |= isDigit(folded.charAt(start - 1));
            start--;
        }
        return digit && start > end - MAX_MODEL_WORD && start >= 4 && folded.startsWith(" of ", start - 4)
                && Character.isLetter(folded.charAt(start)) ? start - 3 : -1;
    }

    private static final int MAX_MODEL_WORD = 24;

    /** The unit of bare scores ("scores 68.7 on MMBench", "综合得分68.2"). */
    private static final String GENERIC_SCORE = "points";
    private static final int AP = metricIndex("ap");
    private static final int MAP = metricIndex("map");

    private static int metricIndex(String name) {
        for (int m = 0; m < BARE_METRICS.length; m++) {
            if (BARE_METRICS[m].written().equals(name)) {
                return m;
            }
        }
        throw new IllegalStateException(name);
    }

    /** The index in {@link #BARE_METRICS} of a metric name ending at {@code at}, a whole word if Latin, or -1. */
    private static int metricEndingAt(String folded, int at) {
        if (at <= 0) {
            return -1;
        }
        for (int m : METRICS_BY_LAST_CHAR.getOrDefault(folded.charAt(at - 1), NO_INDEXES)) {
            String name = BARE_METRICS[m].written();
            int from = at - name.length();
            if (from >= 0 && folded.startsWith(name, from)
                    && (name.charAt(0) >= 128 || from == 0 || !isAsciiLetter(folded.charAt(from - 1)))
                    && (name.charAt(0) >= 128 || at == folded.length() || !isAsciiLetter(folded.charAt(at)))) {
                return m;
            }
        }
        return -1;
    }

    /** Whether the number at {@code start}, right after "AP", is 0.5, 0.75 or 50, 75: an IoU threshold. */
    private static boolean isIouThreshold(String folded, int start) {
        int end = numberEnd(folded, start);
        double value = parse(folded, start, end);
        return value == 0.5 || value == 0.75 || value == 50 || value == 75;
    }

    /** The longest of {@link #METRIC_VALUE_LINKS} that ends at {@code end}, a whole word if Latin, or null. */
    private static String linkEndingAt(String folded, int end) {
        String longest = null;
        for (String link : LINKS_BY_LAST_CHAR.getOrDefault(folded.charAt(end - 1), NO_LINKS)) {
            int from = end - link.length();
            if (from >= 0 && (longest == null || link.length() > longest.length()) && folded.startsWith(link, from)
                    && (link.charAt(0) >= 128 || !isAsciiLetter(link.charAt(0))
                    || (from == 0 || !isAsciiLetter(folded.charAt(from - 1))) && !isAsciiLetter(folded.charAt(end)))) {
                longest = link;
            }
        }
        return longest;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }


    private static NumberMention rangeFrom(String folded, int start, int lowEnd, Unit lowUnit, int from) {
        int separator = skipSpaces(folded, from);
        for (String sep : RANGE_SEPARATORS) {
            if (!folded.startsWith(sep, separator)) {
                continue;
            }
            int highStart = skipSpaces(folded, separator + sep.length());
            if (highStart >= folded.length() || !isDigit(folded.charAt(highStart))) {
                continue;
            }
            int highEnd = numberEnd(folded, highStart);
            int unitStart = skipSpaces(folded, highEnd);
            Unit highUnit = unitAt(folded, unitStart);
            if (highUnit == null) {
                continue;
            }
            int end = unitStart + highUnit.written.length();
            double low = parse(folded, start, lowEnd);
            double high = parse(folded, highStart, highEnd);
            boolean sameUnit = lowUnit == null || lowUnit.canonical.equals(highUnit.canonical);
            if (sameUnit && !startsFromTo(folded, start) && low <= high) {
                return new NumberMention(start, end, low, high, highUnit.canonical, false, highUnit.measurement);
            }
            if (!sameUnit) {
                // "提升12个百分点至60.65%": a change of 12 points, then the level reached
                return new NumberMention(start, afterUnit(folded, lowEnd), null, low, lowUnit.canonical, false,
                        lowUnit.measurement);
            }
            // "from 30% to 50%", "600-300 ms": only the value reached is a result
            return new NumberMention(highStart, end, null, high, highUnit.canonical, true, highUnit.measurement);
        }
        return null;
    }

    private static int afterUnit(String folded, int numberEnd) {
        int at = skipSpaces(folded, numberEnd);
        Unit unit = unitAt(folded, at);
        return unit == null ? numberEnd : at + unit.written.length();
    }

    /**
     * "83.28, 87.44, and 84.50%": bare numbers listed right before a number with a unit share its
     * unit. A list needs three items, or two joined by "and", "/", 和, 与, 及 or 、, and every item
     * written with as many decimals as the last, so "in 2023, 45%" is no list.
     */
    private static void addListItemsBefore(String folded, NumberMention last, List<NumberMention> mentions) {
        int decimals = decimals(folded, last.start, numberEnd(folded, last.start));
        // bare values a metric name took ("F1 scores of 71.25, 74.50 and 78.75%") may open the list
        int previousEnd = 0;
        for (int m = mentions.size() - 1; m >= 0; m--) {
            NumberMention previous = mentions.get(m);
            boolean bare = previous.low == null && previous.end == numberEnd(folded, previous.start);
            previousEnd = bare ? previous.start : previous.end;
            if (!bare) {
                break;
            }
        }
        List<NumberMention> items = new ArrayList<>();
        boolean joinedByWord = false;
        int cursor = last.start;
        while (true) {
            int separatorEnd = skipSpacesBack(folded, cursor);
            int separatorStart = listSeparatorStart(folded, separatorEnd);
            if (separatorStart < 0) {
                break;
            }
            joinedByWord |= folded.charAt(separatorEnd - 1) != ',';
            int itemEnd = skipSpacesBack(folded, separatorStart);
            int itemStart = itemEnd;
            while (itemStart > previousEnd && (isDigit(folded.charAt(itemStart - 1)) || folded.charAt(itemStart - 1) == '.')) {
                itemStart--;
            }
            if (itemStart == itemEnd || !isDigit(folded.charAt(itemStart)) || !mayStartNumber(folded, itemStart)
                    || numberEnd(folded, itemStart) != itemEnd || decimals(folded, itemStart, itemEnd) != decimals) {
                break;
            }
            items.add(0, new NumberMention(itemStart, itemEnd, null, parse(folded, itemStart, itemEnd), last.unit, false,
                    last.measurement));
            cursor = itemStart;
        }
        if (items.size() >= 2 || items.size() == 1 && joinedByWord) {
            // the list's items that were read as values of the metric named before it take the unit instead
            while (!mentions.isEmpty() && mentions.get(mentions.size() - 1).start >= items.get(0).start) {
                mentions.remove(mentions.size() - 1);
            }
            mentions.addAll(items);
        }
    }

    /** Start of ", and", ",", "and", "/", "和", "与", "及" or "、" ending at {@code end}, else -1. */
    private static int listSeparatorStart(String folded, int end) {
        for (String separator : LIST_SEPARATORS) {
            int start = end - separator.length();
            if (start > 0 && folded.startsWith(separator, start)) {
                if (separator.equals("and")) {
                    int beforeAnd = skipSpacesBack(folded, start);
                    return beforeAnd > 0 && folded.charAt(beforeAnd - 1) == ',' ? beforeAnd - 1 : start;
                }
                return start;
            }
        }
        return -1;
    }

    private static final String[] LIST_SEPARATORS = {"and", ",", "/", "和", "与", "及", "、"};

    private static int skipSpacesBack(String folded, int i) {
        while (i > 0 && Character.isWhitespace(folded.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int decimals(String folded, int start, int end) {
        int point = folded.indexOf('.', start);
        return point < 0 || point >= end ? 0 : end - point - 1;
    }

    /** A number starts at a digit not glued to a word, a decimal point, an exponent or a hyphenated name. */
    private static boolean mayStartNumber(String folded, int i) {
        if (i == 0) {
            return true;
        }
        char before = folded.charAt(i - 1);
        if (before == '×' && i >= 2 && isDigit(folded.charAt(i - 2))) {
            return false; // the second side of a resolution or a shape ("256×256")
        }
        return !(before < 128 && (Character.isLetterOrDigit(before) || before == '_' || before == '.'
                || before == '^' || before == '-'));
    }

    /** End of "123", "1,234" or "12.5" starting at {@code i}. */
    private static int numberEnd(String folded, int i) {
        int n = folded.length();
        int j = digitsEnd(folded, i);
        while (j + 3 < n && folded.charAt(j) == ',' && isDigit(folded.charAt(j + 1)) && isDigit(folded.charAt(j + 2))
                && isDigit(folded.charAt(j + 3)) && (j + 4 >= n || !isDigit(folded.charAt(j + 4)))) {
            j += 4;
        }
        if (j + 1 < n && folded.charAt(j) == '.' && isDigit(folded.charAt(j + 1))) {
            j = digitsEnd(folded, j + 1);
        }
        return j;
    }

    private static int digitsEnd(String folded, int i) {
        while (i < folded.length() && isDigit(folded.charAt(i))) {
            i++;
        }
        return i;
    }

    private static Unit unitAt(String folded, int at) {
        if (at >= folded.length()) {
            return null;
        }
        List<Unit> candidates = UNITS_BY_FIRST_CHAR.get(folded.charAt(at));
        if (candidates == null) {
            return null;
        }
        for (Unit unit : candidates) {
            if (folded.startsWith(unit.written, at) && follows(folded, at + unit.written.length(), unit.follow)) {
                return unit;
            }
        }
        return null;
    }

    private static boolean follows(String folded, int at, Follow follow) {
        if (at >= folded.length()) {
            return true;
        }
        char c = folded.charAt(at);
        return switch (follow) {
            case ANY -> true;
            case NO_LETTER -> !(c >= 'a' && c <= 'z');
            case NO_LETTER_OR_DIGIT -> !(c >= 'a' && c <= 'z') && !isDigit(c);
            case NO_DIGIT_AFTER_SPACES -> {
                int next = skipSpaces(folded, at);
                yield next >= folded.length() || !isDigit(folded.charAt(next));
            }
            case NO_LETTER_NOR_DIGIT_AFTER_SPACES -> {
                int next = skipSpaces(folded, at);
                yield !(c >= 'a' && c <= 'z') && (next >= folded.length() || !isDigit(folded.charAt(next)));
            }
            case NOT_FEN_WORD -> FEN_WORDS.indexOf(c) < 0;
            case NOT_DIAN_WORD -> DIAN_WORDS.indexOf(c) < 0;
        };
    }

    private static int skipSpaces(String folded, int i) {
        while (i < folded.length() && Character.isWhitespace(folded.charAt(i))) {
            i++;
        }
        return i;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** "from 30% to 50%" is a change, not a range. */
    private static boolean startsFromTo(String folded, int start) {
        String before = folded.substring(Math.max(0, start - 6), start).strip();
        return before.endsWith("from") || before.endsWith("从") || before.endsWith("由");
    }

    private static double parse(String folded, int start, int end) {
        String number = folded.substring(start, end);
        return Double.parseDouble(number.indexOf(',') >= 0 ? number.replace(",", "") : number);
    }

    boolean isRatioUnit() {
        return unit.equals("x") || isFraction();
    }

    /** One N-th of something ("1/30"), which is N times less. */
    boolean isFraction() {
        return unit.equals(FRACTION);
    }

    /** The unit a claim reports: a fraction's ratio is in "x". */
    String reportedUnit() {
        return isFraction() ? "x" : unit;
    }

    /** A duration a step takes ("6.2 ms", "1.9 s"): a latency, unlike hours or days of training. */
    boolean isStepTime() {
        return STEP_TIME_UNITS.contains(unit);
    }

    /** A time: a step's or a whole run's ("150 ms", "1.6 seconds", "2 hours"). */
    boolean isDuration() {
        return DURATION_UNITS.contains(unit);
    }

    boolean isRelativeUnit() {
        return unit.equals("%") || unit.equals("points");
    }
}
