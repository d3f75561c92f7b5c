package io.paperstream.enrich.claims;

import io.paperstream.enrich.claims.ClaimLexicon.KindCue;
import io.paperstream.enrich.claims.ClaimLexicon.Role;
import io.paperstream.enrich.text.Phrases;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Numbers that describe the conditions of an experiment, not its results: the operating point it
 * ran at ("at 30 bpp"), the compression or sparsity rate it was set to ("at a 4x compression
 * rate", "在20%压缩率下") and the hardware it ran on ("24GB consumer GPUs", "2x A800 GPUs").
 */
final class Conditions {

    private Conditions() {
    }

    /** "at 30 bpp", "6-30 bpp下", "18 bpp时": an operating point of the experiment, not a result. */
    static boolean isOperatingPoint(String folded, NumberMention number) {
        if (number.isRelativeUnit() && number.end() < folded.length() && folded.charAt(number.end()) == '时'
                && number.start() > 0 && (folded.charAt(number.start() - 1) == '至' || folded.charAt(number.start() - 1) == '到')) {
            return true; // "在视觉token压缩至15%时…": the share the experiment compresses to
        }
        if (number.isRatioUnit() && !number.isFraction() || number.isRelativeUnit()
                || SPEED_UNITS.contains(number.unit())) {
            return false; // "runs at 34.7 FPS" is the speed reached; "KV缓存压缩至1/8时" sets the cache
        }
        if (folded.startsWith(" per ", number.end())) {
            return false; // "76.3% mIoU at 11.8 ms per frame": a cost per item is the cost reached
        }
        if (MEMORY_UNITS.contains(number.unit()) && namesABudgetNext(folded, number.end())) {
            return true; // "under a 320 KB peak-memory budget"
        }
        if (number.unit().equals("hours")
                && DATA_AFTER_HOURS.matcher(folded).region(number.end(), folded.length()).lookingAt()) {
            return true; // "fine-tuning on 200 hours of speech": the data the experiment uses
        }
        if (number.isStepTime()) {
            // "78.9% top-1 at 9.6 ms latency" is the latency reached; "under a 50 ms latency budget" a setting
            return namesABudgetNext(folded, number.end());
        }
        int start = number.start();
        char after = number.end() < folded.length() ? folded.charAt(number.end()) : ' ';
        return folded.startsWith("at ", start - 3) && !isLevelKeptAt(folded, start - 3)
                || start > 0 && folded.charAt(start - 1) == '在' || after == '下' || after == '时';
    }

    /** Verbs that hold a measure at a level: "keeps PSNR at 27.4 dB" states the level kept, not a setting. */
    private static final List<String> KEPT_AT_WORDS = ClaimWords.KEPT_AT.words();
    /** How many words may name the measure kept: "keep WikiText-2 perplexity at". */
    private static final int KEPT_MEASURE_WORDS = 3;

    /** Whether a verb of {@link #KEPT_AT_WORDS} stands a few words before the "at" at {@code at}. */
    private static boolean isLevelKeptAt(String folded, int at) {
        int end = at;
        for (int word = 0; word <= KEPT_MEASURE_WORDS; word++) {
            end = ClaimExtractor.trimEnd(folded, 0, end);
            int start = end;
            while (start > 0 && !Character.isWhitespace(folded.charAt(start - 1))) {
                start--;
            }
            if (start == end || !Character.isLetterOrDigit(folded.charAt(end - 1))) {
                return false; // a clause mark or nothing: the verb would be in another clause
            }
            if (word > 0 && KEPT_AT_WORDS.contains(folded.substring(start, end))) {
                return true;
            }
            end = start;
        }
        return false;
    }

    private static final Pattern DATA_AFTER_HOURS = Pattern.compile(
            " of (?:[a-z-]+ )?(?:speech|audio|data|video|videos|recordings|driving|footage)\\b");
    private static final Set<String> SPEED_UNITS = Set.of("fps", "tokens/s", "Hz", "GOPS", "TOPS");
    private static final List<String> BUDGET_WORDS = ClaimWords.BUDGET.words();

    /** Whether a budget word follows within a word or two: "at a 50 ms latency budget". */
    private static boolean namesABudgetNext(String folded, int end) {
        int to = Math.min(folded.length(), end + 20);
        String after = folded.substring(end, to);
        for (String word : BUDGET_WORDS) {
            if (after.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Words that name a compression or sparsity level set for an experiment, as folded. */
    private static final List<String> RATE_WORDS = ClaimWords.RATE.words();
    /** Rate words a Chinese number may follow: "在压缩率40%时". */
    private static final List<String> CHINESE_RATE_WORDS = ClaimWords.CHINESE_RATE.words();
    /** What follows such a rate: the condition the experiment then measures under. */
    private static final List<String> THEN_MEASURED = ClaimWords.THEN_MEASURED.words();
    /** "… of layers removed" after "with N%": the share is what the experiment removed, or kept. */
    private static final Pattern REMOVED_AFTER = Pattern.compile(
            "of (?:the |its |their )?[a-z -]{1,16}? (?:removed|pruned|dropped|retained|kept|remaining)");
    /**
     * "using only 80% of the available training data", "with only 10% labeled scans", "仅使用10%标注数据":
     * the share of data an experiment trains on is a setting ("80% less data" has a kind word first).
     */
    private static final Pattern DATA_SHARE_AFTER = Pattern.compile(
            "(?:of (?:the |its |their )?(?:available )?)?"
                    + "(?:(?:labeled|labelled|annotated|unlabeled|training|pretraining) )+(?:data|scans|images|samples|examples|set)\\b"
                    + "|of (?:the |its |their )?(?:available )?(?:data|labels|annotations)\\b"
                    // "2% of its original pre-training compute", "the final 10% of training"
                    + "|of (?:the |its |their )?(?:original )?(?:pre-?training|training)"
                    + "(?: (?:compute|tokens|budget|data|cost)\\b|(?![ -]?[a-z]))"
                    + "|的?(?:标注|训练|有标签)(?:数据|样本)");
    /** Verbs that keep a share of a model's parts, right before the number. */
    private static final List<String> KEEPING_WORDS = ClaimWords.KEEPING.words();
    /** The parts a kept share is of: "of the visual tokens", "of key channels" (not "of the accuracy"). */
    private static final Pattern KEPT_PARTS_AFTER = Pattern.compile("of (?:the |its |their |all )?(?:[a-z-]+ ){0,2}?"
            + "(?:tokens|entries|channels|weights|heads|layers|experts|parameters|neurons|patches|frames|features|kv pairs)\\b");

    /** The characters {@link #DATA_SHARE_AFTER} can start with: most numbers are spared the regex. */
    private static final String DATA_SHARE_FIRST_CHARS = "oltaup的标训有";

    /** What removes a share before an experiment measures, right before the number: "after removing 30% of …". */
    private static final Pattern REMOVING_BEFORE =
            Pattern.compile("(?:\\b(?:after|when|upon) |(?:^|[.;:] ))(?:removing|pruning|dropping) $");

    /** How far after a number the words that make it a setting may reach: "of the visual tokens retained". */
    private static final int SETTING_AFTER_REACH = 40;

    /**
     * "at a 4x compression rate", "at 25-30% compression rates", "在20%压缩率下", "以20%压缩比",
     * "压缩50%的条件下":
     * a ratio or share that names the level an experiment was run at is a setting, however it is
     * written; "at 2x lower cost" is not (a kind word follows the number).
     */
    static boolean isRateSetting(String folded, Cues cues, NumberMention number) {
        if (!number.isRatioUnit() && !number.unit().equals("%")) {
            return false;
        }
        int start = number.start();
        int end = number.end();
        String before = folded.substring(Math.max(0, start - 32), start);
        String after = folded.substring(end, Math.min(folded.length(), end + SETTING_AFTER_REACH)).stripLeading();
        boolean rateAfter = Phrases.startsWithAny(after, RATE_WORDS)
                || !isKindWordNext(cues, end) && Phrases.startsWithAny(after, afterQualifiers(after), RATE_WORDS);
        // "在90%注意力稀疏度下": a qualifier may stand between the number and the rate word
        boolean chineseRateAfter = containsAny(after, CHINESE_RATE_CHARS) && RATE_THEN_UNDER.matcher(after).lookingAt();
        rateAfter |= chineseRateAfter;
        if (number.unit().equals("%") && !after.isEmpty() && DATA_SHARE_FIRST_CHARS.indexOf(after.charAt(0)) >= 0
                && DATA_SHARE_AFTER.matcher(after).lookingAt()) {
            return true; // "trained with only 10% labeled scans": the share of data the experiment uses
        }
        if (before.endsWith("at ") || before.endsWith("at a ") || before.endsWith("at an ") || before.endsWith(" of ")) {
            if (AT_RATE.matcher(before).find() || AT_RATES_OF.matcher(before).find()
                    || UNDER_RATE_OF.matcher(before).find()) {
                return rateAfter || !isKindWordNext(cues, end) && before.endsWith(" of ");
            }
            return false;
        }
        if (before.endsWith(" ") && before.contains("at a") && AT_QUALIFIED_RATE.matcher(before).find()) {
            return rateAfter; // "at an extreme 5.6% retention ratio", "at a moderate 4x compression rate"
        }
        if (number.unit().equals("%") && (before.endsWith("with ") || before.endsWith("with only ")
                || before.endsWith("with just ")) && REMOVED_AFTER.matcher(after).lookingAt()) {
            return true; // "with 25% of layers removed", "with only 10% of visual tokens retained"
        }
        if (number.unit().equals("%")
                && ClaimExtractor.endsWithAnyWord(folded, ClaimExtractor.trimEnd(folded, 0, start), KEEPING_WORDS)
                && KEPT_PARTS_AFTER.matcher(after).lookingAt()) {
            return true; // "keeping only 1% of the entries", "keeps the top 1% of key channels": what the method keeps
        }
        if (number.unit().equals("%") && before.endsWith("ing ") && REMOVING_BEFORE.matcher(before).find()) {
            return true; // "After removing 30% of the parameters, …": the share the experiment removes
        }
        if (Phrases.startsWithAny(after, THEN_MEASURED) && Phrases.endsWithAny(before, CHINESE_RATE_WORDS)) {
            return true; // "在压缩率40%时": the rate the experiment runs at
        }
        if (number.unit().equals("%") && containsAny(before, REMOVE_OR_KEEP_CHARS)
                && REMOVE_OR_KEEP_BEFORE.matcher(before).find() && THEN_AFTER.matcher(after).lookingAt()) {
            return true; // "剪除30%参数后", "仅保留11.1%视觉token时": the share the experiment removes or keeps
        }
        // Chinese: the number and a rate word inside 在…下, or 以N%压缩比, or 压缩N%的条件/设置/设定下
        return chineseRateAfter
                || rateAfter && (before.endsWith("以") || before.endsWith("以约")) && !after.startsWith("ratio")
                || before.endsWith("压缩") && CONDITION_UNDER.matcher(after).lookingAt();
    }

    /** Whether a kind word ("lower", "faster", "compression") follows the number ending at {@code end}. */
    private static boolean isKindWordNext(Cues cues, int end) {
        int k = cues.firstEndingAfter(end);
        return k < cues.starts().length && cues.payloads()[k] instanceof KindCue && cues.starts()[k] - end <= 2;
    }

    /** How many words may qualify a rate: "at 60% channel sparsity", "at an 8x kv compression rate". */
    private static final int RATE_QUALIFIER_WORDS = 2;

    /** Where the text continues after up to {@link #RATE_QUALIFIER_WORDS} lower-case words and their spaces. */
    private static int afterQualifiers(String text) {
        int at = 0;
        for (int word = 0; word < RATE_QUALIFIER_WORDS; word++) {
            int end = at;
            while (end < text.length() && isQualifierWordChar(text.charAt(end))) {
                end++;
            }
            if (end == at || end == text.length() || text.charAt(end) != ' ') {
                return at;
            }
            at = end + 1;
            if (Phrases.startsWithAny(text, at, RATE_WORDS)) {
                return at;
            }
        }
        return at;
    }

    private static boolean isQualifierWordChar(char c) {
        return c >= 'a' && c <= 'z' || c == '-';
    }

    /** The first characters of the Chinese rate words and of the verbs that remove or keep a share. */
    private static final String CHINESE_RATE_CHARS = "压稀";
    private static final String REMOVE_OR_KEEP_CHARS = "剪移删去丢裁保";
    /** Below it no character of those sets: English text passes the test at a comparison per character. */
    private static final char FIRST_CJK = '\u4E00';

    /** Whether {@code text} holds one of {@code chars}: a test that spares most numbers a regex. */
    private static boolean containsAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST_CJK && chars.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern AT_RATE = Pattern.compile("\\bat (?:a |an )?$");
    /** "at" and an article, then one word that qualifies the rate: "at an extreme ". */
    private static final Pattern AT_QUALIFIED_RATE = Pattern.compile("\\bat an? [a-z-]+ $");
    private static final Pattern AT_RATES_OF = Pattern.compile("\\bat (?:ratios|rates|compression ratios|compression rates) of $");
    /** "under an attention sparsity of 90%", "at a KV budget of 20%". */
    private static final Pattern UNDER_RATE_OF = Pattern.compile(
            "\\b(?:at|under) (?:an? )?(?:[a-z-]+ ){0,2}(?:sparsity|compression rate|compression ratio|budget) of $");
    private static final Pattern RATE_THEN_UNDER = Pattern.compile("(?:[^\\s，,。]{0,4}?)(?:压缩率|压缩比|稀疏度|稀疏率)的?(?:条件|设置|设定|情况)?下");
    /** A verb that removes or keeps a share, a few characters before the number ("剪除LLaMA-3.1-8B约25%"). */
    private static final Pattern REMOVE_OR_KEEP_BEFORE =
            Pattern.compile("(?:剪除|剪掉|移除|删除|去除|丢弃|裁剪|保留)[^，,。；;]{0,14}$");
    /** What the share is of, then 后, 时 or 的条件/情况下: the step the results are then measured after. */
    private static final Pattern THEN_AFTER = Pattern.compile("[^，,。；;\\d]{0,10}?(?:后|(?<!同)时|的?(?:条件|情况|设置)下)");
    private static final Pattern CONDITION_UNDER = Pattern.compile("的?(?:条件|设置|设定|情况)下");

    private static final Set<String> MEMORY_UNITS = Set.of("KB", "MB", "GB", "TB");

    /**
     * "on 24GB consumer GPUs", "单张48GB显卡": a memory size that a device word follows is the
     * hardware's capacity; "on 2x A800 GPUs" counts the devices. Either describes the hardware, no result.
     */
    static boolean isHardwareSpec(String folded, Cues cues, NumberMention number) {
        if (number.unit().equals("x")) {
            // "on 2x A800-80GB GPUs": a whole count written with x right before a device word ("48.9倍GPU吞吐提升" is a result)
            char written = folded.charAt(number.end() - 1);
            int at = ClaimExtractor.trimStart(folded, number.end(), folded.length());
            int k = cues.firstMarkerAtOrAfter(at);
            return number.low() == null && number.value() == Math.rint(number.value()) && (written == 'x' || written == '×')
                    && k >= 0 && k < cues.markerCount() && cues.markerStart(k) == at && cues.markerRole(k) == Role.DEVICE;
        }
        if (!MEMORY_UNITS.contains(number.unit())) {
            return false;
        }
        if (isCapacityOfDeviceBefore(folded, cues, number)) {
            return true;
        }
        int from = ClaimExtractor.trimStart(folded, number.end(), folded.length());
        // the device word may come after a qualifier or two ("24GB consumer GPUs", "80GB A100 GPU"), not
        // after a preposition ("24 GB on one GPU" is what the method needs there)
        int end = from;
        while (end < folded.length() && end - from < 24 && isQualifierChar(folded.charAt(end))) {
            end++;
        }
        int first = cues.firstMarkerAtOrAfter(from);
        for (int k = first; k >= 0 && k < cues.markerCount() && cues.markerStart(k) < end; k++) {
            if (cues.markerRole(k) == Role.DEVICE && !hasPreposition(folded, from, cues.markerStart(k))) {
                return true;
            }
        }
        return false;
    }

    /** How far before "with" the device a memory size belongs to may be named ("a single RTX 4090 with"). */
    private static final int DEVICE_BEFORE_WITH_REACH = 32;

    /** "a single RTX 4090 with 24 GB of memory", "a laptop GPU with 8 GB": the memory of a device just named. */
    private static boolean isCapacityOfDeviceBefore(String folded, Cues cues, NumberMention number) {
        int with = ClaimExtractor.trimEnd(folded, 0, number.start()) - " with".length();
        return with >= 0 && folded.startsWith(" with", with)
                && cues.markerWithin(Role.DEVICE, Math.max(0, with - DEVICE_BEFORE_WITH_REACH), with);
    }

    private static final String DEVICE_QUALIFIER_CHARS = "显卡设备消费级";
    private static final Set<String> PREPOSITIONS = Set.of("on", "of", "in", "per", "with", "for", "at", "to", "by");

    private static boolean hasPreposition(String folded, int from, int to) {
        int wordStart = from;
        for (int i = from; i <= to; i++) {
            if (i == to || folded.charAt(i) == ' ') {
                if (PREPOSITIONS.contains(folded.substring(wordStart, i))) {
                    return true;
                }
                wordStart = i + 1;
            }
        }
        return false;
    }

    private static boolean isQualifierChar(char c) {
        // "24GB消费级显卡": a consumer-grade card
        return c < 128 ? Character.isLetterOrDigit(c) || c == ' ' || c == '-' : DEVICE_QUALIFIER_CHARS.indexOf(c) >= 0;
    }
}
