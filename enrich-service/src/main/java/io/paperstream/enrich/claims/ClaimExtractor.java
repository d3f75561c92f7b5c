package io.paperstream.enrich.claims;

import io.paperstream.enrich.claims.ClaimLexicon.Approx;
import io.paperstream.enrich.claims.ClaimLexicon.Cue;
import io.paperstream.enrich.claims.ClaimLexicon.KindCue;
import io.paperstream.enrich.claims.ClaimLexicon.Role;
import io.paperstream.enrich.claims.ClaimLexicon.Setting;
import io.paperstream.enrich.claims.ClaimLexicon.Target;
import io.paperstream.enrich.entities.ModelNameFinder;
import io.paperstream.enrich.text.AnalysedText;
import io.paperstream.enrich.text.BriefParts;
import io.paperstream.enrich.text.Field;
import io.paperstream.enrich.text.PaperName;
import io.paperstream.enrich.text.Phrases;
import io.paperstream.enrich.text.TermMatcher;
import io.paperstream.enrich.text.TextFolding;
import io.paperstream.schemas.MetricClaim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads numeric result claims from a brief or an abstract.
 *
 * <p>A claim is a number with a unit. Its kind comes from the nearest kind word in the same clause
 * ("reduces … by 24%", "25%的提升"); a clause without one continues the previous claim of the sentence
 * ("cost by 44.9%, tokens by 41.4%"); otherwise a ratio is a speedup and a percentage a score. Numbers
 * followed by a setting word (50% sparsity, 4-bit) and numbers without a unit (counts, years,
 * citations, model sizes) are not claims.
 *
 * <p>The text is scanned once for numbers; the words around each number are found by binary search
 * in the text's sorted cue positions, so the work grows with the text, not with numbers × cues.
 */
public final class ClaimExtractor {

    private static final int MAX_CUE_DISTANCE = 64;
    /** A "by" amount's verb may stand further back, across its object: "increases the number of adapters … by 8x". */
    private static final int MAX_BY_CUE_DISTANCE = 100;
    private static final int MAX_TARGET_DISTANCE = 40;
    /** How far after "N% of the" a gap may be named: "of the perplexity gap". */
    private static final int GAP_AFTER_REACH = 32;
    private static final int SCORE_CUE_PENALTY = 10;
    private static final int CONJUNCTION_PENALTY = 50;
    private static final int OTHER_NUMBER_PENALTY = 30;
    /** Targets for which a ratio that "improves" or is "higher" is a speedup; for others it is an improvement. */
    private static final Set<String> SPEED_TARGETS = ClaimWords.SPEED_TARGET.wordSet();
    /** Hedges that, away from the number and before its "by", are the verb "surpass" ("exceeding X by 3.5%"). */
    private static final Set<String> SURPASSING = ClaimWords.SURPASSING.wordSet();
    /** Targets where more is worse: a rise in one is a loss of quality. */
    private static final Set<String> ERROR_TARGETS = ClaimWords.ERROR_TARGET.wordSet();
    /** Targets whose N-fold rise is a gain, not a speedup. */
    private static final Set<String> GAIN_TARGETS = ClaimWords.GAIN_TARGET.wordSet();
    /** Words right before a value that name the level it is: "a hit rate of 87%", "remains at 78.9%". */
    private static final List<String> LEVEL_WORDS = ClaimWords.LEVEL.words();
    /** Targets that measure a model's quality: a share of one that is kept is a score ("retains 94% of SAM's mIoU"). */
    private static final Set<String> QUALITY_TARGETS = ClaimWords.QUALITY_TARGET.wordSet();
    private static boolean isQualityTarget(String target) {
        return target != null && QUALITY_TARGETS.contains(target);
    }

    /** Kind words that say a thing got smaller, as matched: a model N times smaller is compressed N times. */
    private static final Set<String> SIZE_WORDS = ClaimWords.SIZE.wordSet();
    /** Kind words that bound a value ("within", 以内): a duration within one is the time taken, not a gap. */
    private static final Set<String> WITHIN_WORDS = ClaimWords.WITHIN.wordSet();
    /** Kind words that only a time takes, as matched: "训练时间缩短3.4倍" is a 3.4-fold speedup. */
    private static final Set<String> SHORTENING_WORDS = ClaimWords.SHORTENING.wordSet();
    /** What sets a value against another's right after it: "78.1% versus 78.6%", "89.4%对90.1%". */
    private static final List<String> SET_AGAINST = ClaimWords.SET_AGAINST.spaced();
    /** Kind words that only say a value went up (as matched: stems without their '*'), not that it got better. */
    private static final Set<String> RISING_WORDS = ClaimWords.RISING.wordSet();
    /** The kind a sparsity word gives a number it is not right next to. */
    private static final KindCue SPARSITY_REACHED = new KindCue("compression-ratio", false);
    /** The kind a surpassing hedge gives the 'by' amount it governs. */
    private static final KindCue SURPASSED = new KindCue("improvement", false);
    /** Words before "to" that do not describe a change: "up to 3x", "close to 90%", "equivalent to 2000 fps". */
    private static final Set<String> NOT_A_CHANGE_BEFORE_TO = ClaimWords.NOT_A_CHANGE_BEFORE_TO.wordSet();

    private final ClaimLexicon lexicon;
    private final ModelNameFinder models;
    private final TermMatcher<Object> vocabulary;

    public ClaimExtractor(ClaimLexicon lexicon, ModelNameFinder models) {
        this.lexicon = lexicon;
        this.models = models;
        this.vocabulary = TermMatcher.combine(lexicon.matcher(), models.matcher());
    }

    public static ClaimExtractor fromClasspath() {
        return new ClaimExtractor(ClaimLexicon.fromClasspath(), ModelNameFinder.fromClasspath());
    }

    /** The dictionaries this extractor reads, to be merged into a shared vocabulary. */
    public List<TermMatcher<?>> vocabularies() {
        return List.of(lexicon.matcher(), models.matcher());
    }

    public List<MetricClaim> extract(String text, Field source) {
        return extract(AnalysedText.of(text, vocabulary), source);
    }

    /** Claims in a text analysed with a vocabulary that includes {@link #vocabularies()}. */
    public List<MetricClaim> extract(AnalysedText text, Field source) {
        return extract(text, source, models.find(text));
    }

    /** As {@link #extract(AnalysedText, Field)}, with the text's model mentions already found. */
    public List<MetricClaim> extract(AnalysedText text, Field source, List<ModelNameFinder.Mention> modelMentions) {
        return extract(text, source, modelMentions, null);
    }

    /**
     * As {@link #extract(AnalysedText, Field, List)}, knowing the name the paper gives its method
     * ({@link PaperName#in}, folded; null when it has none): an abstract sentence that names it speaks
     * of the paper's own work.
     */
    public List<MetricClaim> extract(AnalysedText text, Field source, List<ModelNameFinder.Mention> modelMentions,
                                     String paperName) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<NumberMention> numbers = NumberMention.scan(text.folded(), text.digitRunStarts());
        if (numbers.isEmpty()) {
            return List.of();
        }
        Cues cues = Cues.of(text.matches());
        List<Draft> drafts = new ArrayList<>();
        // the problem the brief says the paper solves ("解决了…占用超过70%时间的问题") is no result
        BriefParts briefParts = source == Field.BRIEF ? text.briefParts() : null;
        for (int i = firstAfterBackground(text, source, cues, numbers, paperName); i < numbers.size(); i++) {
            if (briefParts != null && briefParts.isProblem(numbers.get(i).start())) {
                continue;
            }
            Draft draft = read(text, numbers, i, cues, drafts);
            if (draft != null) {
                drafts.add(draft);
            }
        }
        takeFromFollowingPartner(cues, drafts);
        ModelPairing.assign(text, drafts, modelMentions);
        List<MetricClaim> claims = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            claims.add(new MetricClaim(d.kind, d.number.value(), d.number.low(), d.number.reportedUnit(), d.target,
                    d.approx, d.model, source.wireName(), d.text));
        }
        return claims;
    }

    /**
     * Index of the first number after the abstract's background: the sentences before the first one
     * that speaks of the paper's own work ("we", "our", "this paper") set the scene, and their numbers
     * ("for instance, a Llama-3.1-8B model … requires approximately 16 GB for its KV cache") are about
     * the field, not results. The method's name counts as speaking of the own work ("PocketSeg runs at
     * 38 FPS"). An abstract that never speaks of its own work has no background to skip.
     */
    private static int firstAfterBackground(AnalysedText text, Field source, Cues cues, List<NumberMention> numbers,
                                            String paperName) {
        if (source != Field.ABSTRACT) {
            return 0;
        }
        int own = cues.firstMarkerStart(Role.OWN);
        int named = PaperName.firstMention(text.folded(), paperName);
        if (named >= 0 && (own < 0 || named < own)) {
            own = named;
        }
        if (own < 0) {
            return 0;
        }
        int backgroundEnd = text.sentenceStart(own);
        int i = 0;
        while (i < numbers.size() && numbers.get(i).end() <= backgroundEnd) {
            i++;
        }
        return i;
    }

    /** A claim being assembled; the model is filled in last because pairing looks at neighbours. */
    static final class Draft {
        final NumberMention number;
        String kind;
        boolean kindStated;
        String target;
        final boolean approx;
        final int clauseStart;
        final int clauseEnd;
        final int sentenceStart;
        final String text;
        /** The kind a number that continues this claim takes: its own before a ratio's special readings. */
        String continuedKind;
        /** Index of the kind word this claim took its kind from, -1 when none. */
        int kindCue = -1;
        String model;

        Draft(NumberMention number, String kind, boolean kindStated, String target, boolean approx,
              int clauseStart, int clauseEnd, int sentenceStart, String text) {
            this.number = number;
            this.kind = kind;
            this.kindStated = kindStated;
            this.target = target;
            this.approx = approx;
            this.clauseStart = clauseStart;
            this.clauseEnd = clauseEnd;
            this.sentenceStart = sentenceStart;
            this.text = text;
        }
    }

    /**
     * "0.50 dB and 0.40 dB PSNR drops": the first of two joined numbers takes the kind stated after
     * the second when it has none of its own, and the second's target likewise.
     */
    private static void takeFromFollowingPartner(Cues cues, List<Draft> drafts) {
        for (int i = drafts.size() - 2; i >= 0; i--) {
            Draft first = drafts.get(i);
            Draft second = drafts.get(i + 1);
            // "serves 2.3x more requests per second than vLLM and 1.4x more than DistServe": N times a
            // throughput is a speedup, and the ratio joined to it without a measure of its own is one too
            boolean speedRatio = first.kind.equals("speedup") && first.number.isRatioUnit()
                    && first.target != null && SPEED_TARGETS.contains(first.target);
            if (speedRatio && !first.kindStated && second.kind.equals("improvement") && second.target == null
                    && second.number.isRatioUnit() && first.clauseStart == second.clauseStart
                    && isCoordinated(cues, first.number.end(), second.number.start(), -1)) {
                second.kind = "speedup";
                continue;
            }
            boolean takesKind = !first.kindStated && second.kindStated;
            boolean takesTarget = first.target == null && second.target != null;
            if ((takesKind || takesTarget) && first.clauseStart == second.clauseStart
                    && first.number.unit().equals(second.number.unit())
                    && isCoordinated(cues, first.number.end(), second.number.start(), -1)) {
                if (takesKind) {
                    first.kind = second.kind;
                    first.kindStated = true;
                }
                if (takesTarget) {
                    first.target = second.target;
                    if (first.kindCue >= 0 && first.kindCue == second.kindCue) {
                        first.kind = second.kind; // one verb, one measure: "outperforms A and B by 2.1x and 2.7x in ops/s"
                    }
                }
            }
        }
    }

    /**
     * Two numbers joined by "and", "和", "/" or a comma, with no kind word between them other than
     * {@code ownCue}, the first number's own ("6.5% gain in A and 5.3% in B").
     */
    private static boolean isCoordinated(Cues cues, int from, int to, int ownCue) {
        return !cues.kindCueWithin(from, to, ownCue) && cues.coordinationWithin(from, to);
    }

    /** A duration or a size with neither a kind word nor a target near it ("支持240秒视频") is a capability. */
    private static boolean isUnanchoredMeasurement(String folded, NumberMention number, int kindCue, String target,
                                                   int hedge) {
        return number.measurement() && kindCue < 0 && target == null && !number.level()
                && !(number.isStepTime() && isTimeTaken(folded, trimEnd(folded, 0, hedge), number));
    }

    /** Words right before a duration (a hedge between skipped) that make it the time something takes. */
    private static final List<String> TIME_TAKEN_WORDS = ClaimWords.TIME_TAKEN.words();
    private static final List<String> FILLER_WORDS = ClaimWords.FILLER.words();

    /** The end of the text before a filler word ("only", "just") that ends at {@code end}, else {@code end}. */
    private static int skipFillerWord(String folded, int end) {
        for (String filler : FILLER_WORDS) {
            if (endsWithWord(folded, end, filler)) {
                return trimEnd(folded, 0, end - filler.length());
            }
        }
        return end;
    }

    /**
     * "in 23 ms", "takes only 85 ms", "约需207 ms", "with 14 ms per frame": the duration is the time the
     * paper's method takes.
     */
    private static boolean isTimeTaken(String folded, int end, NumberMention number) {
        end = skipFillerWord(folded, end);
        if (folded.startsWith(" per ", number.end()) && endsWithWord(folded, end, "with")) {
            return true;
        }
        for (String word : TIME_TAKEN_WORDS) {
            if (TextFolding.isCjk(word.charAt(0)) ? folded.startsWith(word, end - word.length()) && end >= word.length()
                    : endsWithWord(folded, end, word)) {
                return true;
            }
        }
        return false;
    }

    private Draft read(AnalysedText text, List<NumberMention> numbers, int index, Cues cues, List<Draft> drafts) {
        Draft previous = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
        String folded = text.folded();
        NumberMention number = numbers.get(index);
        int clauseStart = text.clauseStart(number.start());
        int clauseEnd = text.clauseEnd(number.end());
        int sentenceStart = text.sentenceStart(number.start());
        int sentenceEnd = text.sentenceEnd(number.end());
        if (describesPriorWork(cues, sentenceStart, sentenceEnd) || isBaselineValue(folded, cues, number)
                || isCondition(folded, clauseStart, clauseEnd) || isContrastedOther(folded, cues, sentenceStart, number)
                || describesBaseline(folded, cues, clauseStart, number) || isStartOfChange(folded, number, clauseStart)
                || isParenthesisedSetting(folded, cues, number, clauseStart) || isComparedValue(folded, number)
                || isComparedSystemsValue(folded, number) || isReferenceLevel(folded, number, clauseStart)
                || restatesACount(folded, number)) {
            return null;
        }
        int previousEnd = index > 0 && numbers.get(index - 1).end() > clauseStart ? numbers.get(index - 1).end() : -1;
        int nextStart = index + 1 < numbers.size() && numbers.get(index + 1).start() < clauseEnd
                ? numbers.get(index + 1).start() : Integer.MAX_VALUE;
        int hedge = hedgeBefore(folded, cues, number);
        int beforeFiller = skipFillerWord(folded, hedge);
        boolean byAmount = endsWithWord(folded, beforeFiller, "by");
        // ", by 3.4 points on average": a clause that opens with its "by" takes its verb from before the comma
        boolean opensWithBy = byAmount && trimStart(folded, clauseStart, number.start()) == beforeFiller - 2;
        int cueFrom = opensWithBy ? sentenceStart : clauseStart;
        boolean approx = false;
        int kindCue = -1;
        int targetCue = -1;
        int kindDistance = Integer.MAX_VALUE;
        int targetDistance = Integer.MAX_VALUE;
        boolean speedTargetNear = false;
        boolean paramsAfter = false;
        boolean memoryNear = false;
        boolean acceptanceNear = false;
        for (int k = cues.firstEndingAfter(cueFrom); k < cues.starts().length && cues.starts()[k] < clauseEnd; k++) {
            int start = cues.starts()[k];
            int end = cues.ends()[k];
            int distance = distance(start, end, number);
            if (distance < 0) {
                continue;
            }
            Cue payload = cues.payloads()[k];
            if (payload instanceof Setting setting) {
                if (start >= number.end() && isAdjacent(folded, number.end(), start)) {
                    return null;
                }
                if (setting.measuresRatio() && !number.isRatioUnit()) { // sparsity is a share, never "1.4x"
                    int weighted = ownershipDistance(cues, start, end, number, previousEnd, nextStart);
                    if (weighted < kindDistance && weighted <= MAX_CUE_DISTANCE) {
                        kindCue = k;
                        kindDistance = weighted;
                    }
                }
            } else if (payload instanceof Approx) {
                if (isApproxPosition(folded, start, end, cues.terms()[k], number)) {
                    approx = true;
                } else if ((byAmount || "超过".equals(cues.terms()[k]) && !number.isRatioUnit()) && end <= number.start()
                        && SURPASSING.contains(cues.terms()[k]) && end > previousEnd && number.start() - end < kindDistance) {
                    // "exceeding the original CLIP by 3.5%", "超过LLaVA-1.5-13B 1.1个百分点": not a bound here but
                    // the verb of the amount
                    kindCue = k;
                    kindDistance = number.start() - end;
                }
            } else if (payload instanceof KindCue kind) {
                if (start >= number.end() && number.isRatioUnit() && "within".equals(cues.terms()[k])) {
                    continue; // "2.4x more requests within SLO": the condition met, not a gap
                }
                if (byAmount && kind.kind().equals("score")) {
                    continue; // "improves scores by 16%": a 'by' amount is a change, whatever noun is nearer
                }
                if (end <= number.start() && isStepTakenBefore(folded, end, number.start())) {
                    continue; // "将专家数减半后仍保持原模型97%的精度": the step taken before the result, not its kind
                }
                if ((kind.retention() || byAmount) && start >= number.end()) {
                    // "cuts cost by 59% while maintaining accuracy", "by up to 4x with strong scaling":
                    // what is kept, or a "by" amount's verb, comes before the number
                    continue;
                }
                int weighted = byAmount && end <= number.start() && end > previousEnd
                        // "reduces cost and KV storage by 45%": the verb governs its "by" across joined objects
                        ? number.start() - end
                        : ownershipDistance(cues, start, end, number, previousEnd, nextStart);
                weighted += kind.kind().equals("score") ? SCORE_CUE_PENALTY : 0;
                if (kind.kind().equals("speedup") && number.isRatioUnit() && start >= number.end()
                        && isAdjacent(folded, number.end(), start)) {
                    weighted = -1; // "reaches the same loss 1.8x faster": N× faster, whatever noun stands before
                }
                int reach = byAmount && end <= number.start() ? MAX_BY_CUE_DISTANCE : MAX_CUE_DISTANCE;
                if (weighted < kindDistance && weighted <= reach) {
                    kindCue = k;
                    kindDistance = weighted;
                }
            } else if (payload instanceof Target) {
                int opener = end <= number.start() ? comparisonOpenerBefore(folded, cues, start) : -1;
                if (opener >= 0 && cues.targetWithin(null, clauseStart, opener)) {
                    continue; // "吞吐量较原始解码提升91%": decoding is what throughput is compared with
                }
                int weighted = ownershipDistance(cues, start, end, number, previousEnd, nextStart);
                // of two measures ending together the longer names it: "接受长度" over its "长度"
                // ("8.6x the energy efficiency" over its "energy")
                boolean longerAtSameEnd = weighted == targetDistance
                        && (cues.ends()[targetCue] == end && start < cues.starts()[targetCue]
                                || cues.starts()[targetCue] == start && end > cues.ends()[targetCue]);
                if ((weighted < targetDistance || longerAtSameEnd) && weighted <= MAX_TARGET_DISTANCE) {
                    targetCue = k;
                    targetDistance = weighted;
                }
                speedTargetNear |= weighted <= MAX_TARGET_DISTANCE && SPEED_TARGETS.contains(((Target) payload).name());
                paramsAfter |= weighted <= MAX_TARGET_DISTANCE && start >= number.end()
                        && ((Target) payload).name().equals("params");
                memoryNear |= weighted <= MAX_TARGET_DISTANCE && ((Target) payload).name().equals("memory");
                acceptanceNear |= weighted <= MAX_TARGET_DISTANCE && end <= number.start()
                        && ((Target) payload).name().equals("acceptance-length");
            }
        }
        // "accepted 78% of the time": how often something happens is a level, and the time is no measure
        boolean shareOfTheTime = number.unit().equals("%") && folded.startsWith(" of the time", number.end());
        String target = targetCue < 0 || shareOfTheTime ? null : ((Target) cues.payloads()[targetCue]).name();
        int keptBefore = retentionEndingAt(folded, cues, trimEnd(folded, 0, hedge));
        if (keptBefore >= 0 && kindCue >= 0 && cues.starts()[kindCue] >= number.end()
                && cues.payloads()[kindCue] instanceof KindCue after && after.kind().equals("compression-ratio")) {
            kindCue = keptBefore; // "retains 98.7% of the full model's performance": the verb, not "of the full"
        }
        if (kindCue < 0) {
            kindCue = kindBeforeParenthesis(text, cues, number, sentenceStart);
        }
        if (Conditions.isOperatingPoint(folded, number)
                || isUnanchoredMeasurement(folded, number, kindCue, target, hedge)
                || Conditions.isHardwareSpec(folded, cues, number) || Conditions.isRateSetting(folded, cues, number)) {
            return null;
        }
        KindCue stated = kindCue < 0 ? null
                : cues.payloads()[kindCue] instanceof KindCue named ? named
                : cues.payloads()[kindCue] instanceof Approx ? SURPASSED : SPARSITY_REACHED;
        String statedKind = stated == null ? null : stated.kind();
        if (number.unit().equals("%") && (paramsAfter || "compression-ratio".equals(statedKind)
                        // "可训练参数仅占0.3%": the share of the trainable parameters, stated as a level
                        || "params".equals(target) && (statedKind == null || statedKind.equals("score"))
                        && cues.starts()[targetCue] < number.start()
                        && cues.markerEndingAt(Role.TUNED, trimEnd(folded, 0, cues.starts()[targetCue])))
                && cues.markerWithin(Role.TUNED, sentenceStart, number.start())) {
            return null; // "fine-tunes only 0.4% of the parameters" describes the method, it is no result
        }
        if (number.unit().equals("%") && paramsAfter
                && endsWithAnyWord(folded, skipSpacesAndDe(folded, hedge), ADDING_WORDS)) {
            return null; // "the gates add less than 1% parameters": what the method costs, no result
        }
        if ((statedKind == null || statedKind.equals("score")) && signedPositive(folded, number.start())) {
            statedKind = "improvement";
        }
        boolean changeStated = statedKind != null && !statedKind.equals("score");
        // "RULER准确率比逐层低秩方法高2.7个百分点": after 比 the 高 before the number decides, not a kind word
        // (the 低 of 低秩) in what is compared with
        String comparative = comparativeKind(folded, cues, hedge, clauseStart, changeStated);
        // "2.7 points above per-layer SVD at the same compression": what the number stands above or below
        // decides over a kind word further on
        if (comparative == null && (!changeStated || kindCue >= 0 && cues.starts()[kindCue] >= number.end())) {
            comparative = aboveOrBelowKind(folded, number);
        }
        if (comparative != null) {
            statedKind = comparative;
        }
        // "with a cache hit rate of 87%", "an accuracy of 78.1% compared with 78.6% for …": a level that a
        // noun's "of" names, or that is set against another's, is the level reached, whatever came before
        boolean namedLevel = statedKind == null && !number.isRatioUnit()
                && (endsWithAnyWord(folded, hedge, LEVEL_WORDS) || isSetAgainstAnother(folded, number)
                        || isLevelAfterChange(folded, hedge) || shareOfTheTime
                        // "词错误率6.2%", "平均准确率59.8%": the measure written right before the value names its level
                        // (not in a list after 、: "减少tokens达40%、推理延迟82%" lists what one verb cut)
                        || targetCue >= 0 && cues.ends()[targetCue] == hedge && TextFolding.isCjk(folded.charAt(hedge - 1))
                        && (previous == null || clauseStart == 0 || folded.charAt(clauseStart - 1) != '、'
                                || !previous.number.unit().equals(number.unit()) || isQualityTarget(target)
                                || target != null && ERROR_TARGETS.contains(target)));
        if (namedLevel || !number.isRatioUnit()
                && (namesARateBefore(folded, hedge)
                        || isQualityLevelAfterWith(folded, cues, number, hedge, targetCue, kindCue))) {
            statedKind = "score";
        }
        boolean absoluteAfterOtherUnit = previous != null && !number.isRatioUnit() && !number.isRelativeUnit()
                && !previous.number.unit().equals(number.unit()) && !byAmount;
        if (byAmount && previous != null && !previous.number.unit().equals(number.unit())) {
            // "accelerates FLUX by 2.8x with a CLIP drop of only 0.1, HunyuanVideo by 2.1x": a "by" amount
            // continues the sentence's last one in its unit, not the number between
            previous = lastInSentence(drafts, sentenceStart, number.unit(), false, previous);
        }
        if (!byAmount && statedKind == null && previous != null && !previous.number.unit().equals(number.unit())) {
            // "reaches 87.4% on CT, 1.3 points above full fine-tuning, and 82.1% on MRI": a value continues
            // the sentence's last level in its unit, not the difference between
            previous = lastInSentence(drafts, sentenceStart, number.unit(), true, previous);
        }
        boolean continuesPrevious = statedKind == null && previous != null && !absoluteAfterOtherUnit
                && previous.sentenceStart == sentenceStart && previous.kindStated
                && !insideParentheses(folded, previous.clauseStart)
                // "… 2.4x faster and changes accuracy by at most 1 point": points are never a speedup
                && !(number.unit().equals("points") && "speedup".equals(previous.continuedKind))
                && (previous.clauseStart != clauseStart || isCoordinated(cues, previous.number.end(), number.start(),
                        previous.number.unit().equals(number.unit()) ? previous.kindCue : -1));
        if (target == null && continuesPrevious && previous.number.unit().equals(number.unit())
                && namesNoOtherMeasure(text.original(), previous.number.end(), number.start())) {
            target = previous.target; // "reduces Gaussians by 1.79× compared to A and 5.63× compared to B"
        }
        if (target == null && !continuesPrevious && previous != null && previous.sentenceStart == sentenceStart
                && previous.target != null && previous.kindCue >= 0 && kindCue >= 0
                && previous.number.unit().equals(number.unit())
                && cues.terms()[previous.kindCue].equals(cues.terms()[kindCue])) {
            target = previous.target; // "在视频上吞吐量提升2.2倍、在音频上提升2倍": the same verb again, the same measure
        }
        boolean retainsQuality = stated != null && stated.retention()
                && (isQualityTarget(target) || namesQualityNext(cues, number, clauseEnd)
                        // "retains 97.1% while cutting FLOPs": a share kept of nothing named is the model's quality
                        || number.unit().equals("%") && !folded.startsWith(" of ", number.end())
                        && !folded.startsWith("的", number.end()) && !paramsAfter && kindCue >= 0
                        && cues.ends()[kindCue] <= number.start()
                        // "保持原始性能的96.2%": the quality named between the retain word and the number
                        || cues.markerWithin(Role.QUALITY, cues.ends()[kindCue], number.start()));
        String kind = kindFor(number, continuesPrevious ? previous.continuedKind : statedKind, speedTargetNear, target,
                retainsQuality);
        if (kind.equals("compression-ratio") && !number.isRatioUnit() && !number.unit().equals("%")) {
            kind = "score"; // "以20%压缩比取得困惑度7.94": a metric's value is no compression ratio
        }
        if (kind.equals("improvement") && target != null && ERROR_TARGETS.contains(target) && kindCue >= 0
                && RISING_WORDS.contains(cues.terms()[kindCue])) {
            kind = "reduction"; // "a 17% relative WER increase", "困惑度增加0.3": an error that rose is a quality loss
        }
        if (number.unit().equals("%") && (statedKind == null || statedKind.equals("score")) && !continuesPrevious
                && (paramsAfter || isShareOfNamedReference(text.original(), number)
                        && !namesQualityNext(cues, number, clauseEnd) && !isQualityTarget(target))) {
            kind = "compression-ratio"; // "uses 45% of the weights", "less than 50% of ResNet-50"
        }
        if (kind.equals("reduction") && number.isDuration() && kindCue >= 0 && !continuesPrevious
                && WITHIN_WORDS.contains(cues.terms()[kindCue]) && !folded.startsWith(" of ", number.end())) {
            kind = "score"; // "answers within 0.3 s", "控制在150毫秒以内": the time it takes, not a gap to another's
        }
        boolean reachedByChange = !number.isRatioUnit() && isLevelReached(folded, cues, number, clauseStart, hedge)
                && (kind.equals("reduction") || kind.equals("improvement") || kind.equals("speedup"));
        if (reachedByChange) {
            kind = "score"; // "reduced to 300 ms", "提升至60.65%": the value reached, not the change
        }
        if (number.unit().equals("%") && !reachedByChange && isShareOfCases(folded, number, hedge)) {
            kind = "score"; // "preferred in 71% of comparisons", "stays within budget for 96% of queries"
        }
        int gapEnd = kind.equals("score")
                ? cues.lastMarkerEnd(Role.GAP, Math.max(clauseStart, previousEnd), number.start()) : -1;
        if (kind.equals("score") && folded.startsWith(" of ", number.end())
                && cues.markerWithin(Role.GAP, number.end(), Math.min(clauseEnd, number.end() + GAP_AFTER_REACH))) {
            kind = "reduction"; // "closing 71% of the perplexity gap": the share of the loss recovered
        }
        if (gapEnd >= 0 && !cues.markerWithin(Role.QUALITY, gapEnd, number.start())) {
            // "keeps the accuracy loss to 1.2 points", "差距缩小到1.2个点以内": the quality lost, not a level
            // (but not "a drop below 0.01 and a VBench score of 81.9%")
            kind = "reduction";
        }
        if (number.unit().equals("tokens") && !(kind.equals("reduction") || kind.equals("improvement"))
                && !"acceptance-length".equals(target) && !acceptanceNear && !reachedByChange) {
            // "64 tokens" is a budget or a setting unless the text says it changed ("from 741 to 225 tokens");
            // an acceptance length is a result
            return null;
        }
        if (number.isFraction() && !(kind.equals("improvement") && !continuesPrevious)) {
            // "降至原来的1/30", "仅为PatchTST的1/50": N times less of what the clause names, whatever the
            // number before it in a list said ("平均得分超越同规模模型5.8分、参数量仅为7B教师的1/14")
            kind = "reduction";
        }
        if (continuesPrevious && previous.kind.equals("speedup") && number.isRatioUnit()
                && (kind.equals("reduction") || kind.equals("improvement"))
                && (target == null || SPEED_TARGETS.contains(target))) {
            // "a 2.35x-2.72x latency reduction on HunyuanVideo and 2.1x on Wan2.1", "serves 2.4x more requests
            // than vLLM and 1.5x more than DistServe"
            kind = "speedup";
        }
        // what a following number in the sentence continues: "reduces latency by 2.1x and memory by 40%"
        String continuedKind = kind;
        if (kind.equals("speedup") && number.unit().equals("%")) {
            // "35% faster", "吞吐提升34%": a speedup is a ratio, a share speed rose by is a gain ("speedups of
            // 40% over A and 2.4x over B" still continues a speedup)
            kind = "improvement";
        }
        if (kind.equals("reduction") && number.isRatioUnit() && convergesFaster(folded, number, clauseStart)) {
            kind = "speedup"; // "converges in 2.1x fewer steps": training that reaches its goal N times sooner
        }
        if (kind.equals("reduction") && number.isRatioUnit() && ("latency".equals(target)
                || kindCue >= 0 && !continuesPrevious && SHORTENING_WORDS.contains(cues.terms()[kindCue])
                // "推理链长度缩短约8倍": a length of text shortened is fewer tokens, no speedup
                && !"tokens".equals(target))) {
            kind = "speedup"; // "reduces latency by 2.1x", "延迟降低15倍": an N times shorter time is an N-fold speedup
        }
        if (kind.equals("reduction") && number.isRatioUnit()
                && (kindCue >= 0 && !continuesPrevious && SIZE_WORDS.contains(cues.terms()[kindCue])
                        // "is 9.5x smaller than DS-CNN-L at comparable accuracy": the quality held is not what shrank
                        && (target == null || isQualityTarget(target))
                        // "operations are reduced by 58x and storage by 29x": what is smaller decides, continued or not
                        || "model-size".equals(target)
                        // not trainable parameters (the model is no smaller), nor memory that includes the weights
                        || "params".equals(target) && !memoryNear
                        && !cues.markerWithin(Role.TUNED, clauseStart, number.start())
                        // "with only 1.2M parameters, 25x fewer than nnU-Net": fewer of what the sentence counted
                        || target == null && folded.startsWith(" fewer than ", number.end())
                        && cues.targetWithin("params", sentenceStart, number.start()))) {
            // "the quantized model is 7.5x smaller", "with 14x fewer parameters": compressed 7.5 and 14 times
            kind = "compression-ratio";
        }
        String original = text.original();
        int spanStart = trimStart(original, clauseStart, clauseEnd);
        int spanEnd = trimEnd(original, spanStart, clauseEnd);
        Draft draft = new Draft(number, kind, statedKind != null || continuesPrevious, target, approx,
                clauseStart, clauseEnd, sentenceStart, original.substring(spanStart, spanEnd));
        draft.kindCue = continuesPrevious ? previous.kindCue : kindCue;
        draft.continuedKind = continuedKind;
        return draft;
    }

    /** Words that count the cases a share is of ("for 96% of queries"): "for 60% of generation time" is none. */
    private static final List<String> CASE_NOUNS = ClaimWords.CASE_NOUN.words();

    /**
     * "in 71% of pairwise comparisons", "on 81% of headline variables", "for 96% of queries": the share of
     * the cases where something held, a level reached (as "92% of the time" is). After "for" only when
     * the cases are counted, since "accounts for 60% of generation time" states a cost.
     */
    private static boolean isShareOfCases(String folded, NumberMention number, int hedge) {
        int end = number.end();
        if (!folded.startsWith(" of ", end)) {
            return false;
        }
        int before = trimEnd(folded, 0, hedge);
        if (endsWithWord(folded, before, "in") || endsWithWord(folded, before, "on")) {
            return true;
        }
        if (!endsWithWord(folded, before, "for")) {
            return false;
        }
        int noun = end + " of ".length();
        if (Phrases.startsWithAny(folded, noun, ARTICLES_BEFORE_CASES)) {
            noun = folded.indexOf(' ', noun) + 1; // both articles are one word
        }
        return Phrases.startsWithAny(folded, noun, CASE_NOUNS);
    }

    private static final List<String> ARTICLES_BEFORE_CASES = List.of("the ", "all ");

    /**
     * "predicts the experts with 92% accuracy and accelerates decoding by 3.1x": a value after "with" that
     * a quality measure follows is the level the method works at, whatever kind word is near (not "with
     * less than 0.3% accuracy loss", whose loss follows the measure).
     */
    private static boolean isQualityLevelAfterWith(String folded, Cues cues, NumberMention number, int hedge,
                                                   int targetCue, int kindCue) {
        if (targetCue < 0 || !endsWithWord(folded, hedge, "with")
                || !isQualityTarget(((Target) cues.payloads()[targetCue]).name())) {
            return false;
        }
        int measureStart = cues.starts()[targetCue];
        return measureStart >= number.end() && isAdjacent(folded, number.end(), measureStart)
                && !(kindCue >= 0 && cues.starts()[kindCue] >= number.end()
                        && isAdjacent(folded, cues.ends()[targetCue], cues.starts()[kindCue]));
    }

    /**
     * "专家预测命中率约91%", "草稿接受率超过90%", "VBench总分83.9%": a rate or total written right before
     * the value (a hedge or a link such as 仅 between) names the level it is, whatever a list's earlier
     * verb said. Not a compression or sparsity rate, which {@link Conditions} reads.
     */
    private static boolean namesARateBefore(String folded, int hedge) {
        int end = hedge;
        for (String link : RATE_LINKS) {
            if (end > link.length() && folded.startsWith(link, end - link.length())) {
                end -= link.length(); // "词错率仅5.9%", "命中率为91%"
                break;
            }
        }
        String before = folded.substring(Math.max(0, end - LEVEL_NOUN_REACH), end);
        return Phrases.endsWithAny(before, LEVEL_NOUN_ENDINGS) && !Phrases.endsWithAny(before, CHINESE_RATE_WORDS);
    }

    private static final List<String> LEVEL_NOUN_ENDINGS = ClaimWords.LEVEL_NOUN_ENDING.words();
    private static final List<String> CHINESE_RATE_WORDS = ClaimWords.CHINESE_RATE.words();
    private static final List<String> RATE_LINKS = ClaimWords.RATE_LINK.words();
    /** Enough characters to hold the longest rate word or level noun ending: "剪枝率", "平均分". */
    private static final int LEVEL_NOUN_REACH = 4;

    /**
     * The index of a retention kind word ("retains", "保持") that ends at {@code end}, or whose stem
     * ("retain*") starts the word that does, or -1.
     */
    private static int retentionEndingAt(String folded, Cues cues, int end) {
        int wordStart = end;
        while (wordStart > 0 && TextFolding.isAsciiWordChar(folded.charAt(wordStart - 1))) {
            wordStart--;
        }
        for (int k = cues.firstEndingAfter(Math.min(wordStart, end - 1)); k < cues.starts().length
                && cues.ends()[k] <= end; k++) {
            if (cues.payloads()[k] instanceof KindCue kind && kind.retention()
                    && (cues.ends()[k] == end || cues.starts()[k] == wordStart)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The sentence's last level reached ({@code level}) or last change (not) in {@code unit}, or
     * {@code otherwise} when it has none.
     */
    private static Draft lastInSentence(List<Draft> drafts, int sentenceStart, String unit, boolean level,
                                        Draft otherwise) {
        for (int i = drafts.size() - 1; i >= 0 && drafts.get(i).sentenceStart == sentenceStart; i--) {
            if (drafts.get(i).number.unit().equals(unit) && drafts.get(i).kind.equals("score") == level) {
                return drafts.get(i);
            }
        }
        return otherwise;
    }

    /** How far after a kind word 后 may close the step it names: "减半后", "减少一半后". */
    private static final int STEP_AFTER_REACH = 4;

    /** Whether 后 follows the kind word ending at {@code end} within a few characters, before {@code limit}. */
    private static boolean isStepTakenBefore(String folded, int end, int limit) {
        for (int i = end; i < Math.min(limit, end + STEP_AFTER_REACH); i++) {
            char c = folded.charAt(i);
            if (c == '后') {
                return true;
            }
            if (!TextFolding.isCjk(c)) {
                return false;
            }
        }
        return false;
    }

    /** "improves mIoU by 5.3 points, to 72.9%": after a change, ", to" names the level it reached. */
    private static boolean isLevelAfterChange(String folded, int hedge) {
        int end = trimEnd(folded, 0, hedge);
        if (!endsWithWord(folded, end, "to")) {
            return false;
        }
        int beforeTo = trimEnd(folded, 0, end - 2);
        return beforeTo > 0 && folded.charAt(beforeTo - 1) == ',';
    }

    private static final List<String> ADDING_WORDS = ClaimWords.ADDING.words();

    private static final List<String> FEWER_STEPS = ClaimWords.FEWER_STEPS.words().stream().map(w -> " " + w).toList();

    /** "converges in 2.1x fewer steps", "reaches LoRA's final loss in 2.5x fewer steps". */
    private static boolean convergesFaster(String folded, NumberMention number, int clauseStart) {
        if (!Phrases.startsWithAny(folded, number.end(), FEWER_STEPS)) {
            return false;
        }
        String before = folded.substring(clauseStart, number.start());
        return before.contains("converge") || before.contains("reach");
    }

    /**
     * "When 40% of the parameters are removed, …", "If the cache keeps 10% of the tokens, …": a number in
     * a clause that opens with "when" or "if" is the condition the result after it holds under.
     */
    private static boolean isCondition(String folded, int clauseStart, int clauseEnd) {
        int at = trimStart(folded, clauseStart, folded.length());
        // the condition ends at a comma before its result ("when combined with caching the speedup reaches
        // 3.5x" holds the result itself)
        return (folded.startsWith("when ", at) || folded.startsWith("if ", at))
                && clauseEnd < folded.length() && folded.charAt(clauseEnd) == ',';
    }

    /**
     * "…, whereas EAGLE-2 obtains 2.9x", "whereas naive quantization loses 4.1 mAP": after a contrast
     * word the sentence turns to another system, unless it names the paper's own work again.
     */
    private static boolean isContrastedOther(String folded, Cues cues, int sentenceStart, NumberMention number) {
        int whereas = cues.lastMarkerEnd(Role.CONTRAST, sentenceStart, number.start());
        if (whereas < 0 || cues.markerWithin(Role.OWN, whereas, number.start())) {
            return false;
        }
        for (int i = whereas; i + 4 <= number.start(); i++) {
            if (folded.startsWith(" it ", i)) {
                return false; // "whereas under W4A4 it loses 3.2 points"
            }
        }
        return true;
    }

    /**
     * A sentence about prior work's shortcomings ("However, existing methods … drop accuracy by
     * 20%") that names no own work: its numbers describe others.
     */
    private static boolean describesPriorWork(Cues cues, int sentenceStart, int sentenceEnd) {
        return cues.markerWithin(Role.PRIOR, sentenceStart, sentenceEnd)
                && cues.markerWithin(Role.PROBLEM, sentenceStart, sentenceEnd)
                && !cues.markerWithin(Role.OWN, sentenceStart, sentenceEnd);
    }

    /**
     * "远超基线18.1%", "the baseline 45.2%": a number right after the word baseline is the baseline's own;
     * "reaches 62%, compared with 57% for PPO": so is the number a comparison opens with.
     */
    private static boolean isBaselineValue(String folded, Cues cues, NumberMention number) {
        int end = skipSpacesAndDe(folded, number.start());
        for (String verb : BASELINE_VERBS) {
            if (endsWithWord(folded, end, verb)) {
                // "the full-precision baseline scores 4.22"
                end = trimEnd(folded, 0, end - verb.length());
                break;
            }
        }
        return cues.markerEndingAt(Role.BASELINE, end)
                || cues.markerEndingAt(Role.COMPARISON, trimEnd(folded, 0, number.start()))
                || isParenthesisedReference(folded, number);
    }

    /**
     * "WER为14.2%（原模型13.9%）", "(FP16为6.02)": a value in parentheses right after the name of the
     * model compared with is that model's. Not "保持原模型96.2%性能": outside parentheses the name
     * may be what a share is kept of.
     */
    private static boolean isParenthesisedReference(String folded, NumberMention number) {
        int end = trimEnd(folded, 0, number.start());
        while (end > 0 && folded.charAt(end - 1) == '/') {
            // "（全模型为2.3%/5.6%）": each value of the list is the reference's
            end--;
            while (end > 0 && (NumberMention.isDigit(folded.charAt(end - 1)) || folded.charAt(end - 1) == '.'
                    || folded.charAt(end - 1) == '%')) {
                end--;
            }
            end = trimEnd(folded, 0, end);
        }
        if (end > 0 && REFERENCE_LINKS.indexOf(folded.charAt(end - 1)) >= 0) {
            end = trimEnd(folded, 0, end - 1);
        }
        for (String reference : REFERENCES) {
            if (endsWithWord(folded, end, reference)) {
                int before = trimEnd(folded, 0, end - reference.length());
                return before > 0 && folded.charAt(before - 1) == '(';
            }
        }
        return false;
    }

    private static final List<String> REFERENCES = ClaimWords.REFERENCE.words();
    /** What may join a reference's name and its value in parentheses. */
    private static final String REFERENCE_LINKS = "为:=是";

    /** Verbs between a baseline's name and its own value. */
    private static final List<String> BASELINE_VERBS = ClaimWords.BASELINE_VERB.words();

    /**
     * "exceeding baseline policies whose best average is 18.12%": a number in a relative clause on a
     * baseline is the baseline's.
     */
    private static boolean describesBaseline(String folded, Cues cues, int clauseStart, NumberMention number) {
        // the last " whose " between the clause start and the number: lastIndexOf would search on
        // back through the whole text for every number
        for (int at = Math.min(number.start(), folded.length() - 1); at >= clauseStart; at--) {
            if (folded.charAt(at) == ' ' && folded.startsWith(" whose ", at)) {
                return cues.markerWithin(Role.BASELINE, clauseStart, at);
            }
        }
        return false;
    }

    /** "从600ms…", "from 30% …": where a change starts is the old value, not a result. */
    private static boolean isStartOfChange(String folded, NumberMention number, int clauseStart) {
        int end = trimEnd(folded, 0, number.start());
        if (endsWithWord(folded, end, "from") || end > 0 && (folded.charAt(end - 1) == '从' || folded.charAt(end - 1) == '由')) {
            return true;
        }
        // "从思维链提示的4%提升到74%": 从 a few characters back, and the change's end right after the number
        int after = number.end();
        while (after < folded.length() && (folded.charAt(after) == ' ' || CHANGE_VERB_CHARS.indexOf(folded.charAt(after)) >= 0)) {
            after++;
        }
        if (after == folded.length() || folded.charAt(after) != '到' && folded.charAt(after) != '至') {
            return false;
        }
        for (int at = number.start() - 1; at >= Math.max(clauseStart, number.start() - START_OF_CHANGE_REACH); at--) {
            char c = folded.charAt(at);
            if (c == '从' || c == '由') {
                return true;
            }
            if (c >= '0' && c <= '9') {
                return false;
            }
        }
        return false;
    }

    /**
     * A quality word follows the number before any measure does: "保留原模型94.97%零样本性能",
     * "preserves 97% of the teacher's language understanding performance", but not "retains 26% of
     * the parameters while keeping performance".
     */
    private static boolean namesQualityNext(Cues cues, NumberMention number, int clauseEnd) {
        int until = clauseEnd;
        for (int k = cues.firstEndingAfter(number.end()); k < cues.starts().length && cues.starts()[k] < clauseEnd; k++) {
            if (cues.starts()[k] >= number.end() && cues.payloads()[k] instanceof Target target) {
                if (isQualityTarget(target.name()) && cues.starts()[k] - number.end() <= QUALITY_NEXT_REACH) {
                    // "retains only 61% of the long-context accuracy", "recovers 98% of the original model's
                    // average commonsense reasoning accuracy"
                    return true;
                }
                if (until == clauseEnd) {
                    until = cues.starts()[k];
                }
                if (KEPT_PARTS.contains(target.name())) {
                    break; // "retains 30% of the parameters at the same accuracy": the parts kept
                }
            }
        }
        return cues.markerWithin(Role.QUALITY, number.end(), until);
    }

    /**
     * How far after a kept share the quality it is a share of may be named, qualifiers between: "of the
     * long-context accuracy" (not after the parts kept: "of the parameters at the same accuracy").
     */
    private static final int QUALITY_NEXT_REACH = 64;
    /** Targets that are parts of a model a share of which may be kept: a quality named after them is held, not kept. */
    private static final Set<String> KEPT_PARTS = ClaimWords.KEPT_PART_TARGET.wordSet();

    /** The characters of the verbs that may stand between a change's start and its 到/至 (提升到, 降低至). */
    private static final String CHANGE_VERB_CHARS = "提升高增加降低减少下缩短长";
    /** How far back from a number a 从 may open the change it starts. */
    private static final int START_OF_CHANGE_REACH = 15;

    /** Where the text before the number ends once spaces and a hedge ("up to", "近") are skipped. */
    private static int hedgeBefore(String folded, Cues cues, NumberMention number) {
        int end = trimEnd(folded, 0, number.start());
        int k = cues.firstEndingAfter(end - 1);
        if (k < cues.starts().length && cues.ends()[k] == end && cues.payloads()[k] instanceof Approx) {
            end = trimEnd(folded, 0, cues.starts()[k]);
        }
        return end;
    }

    /**
     * The number is the value a change arrived at: the end of "from A to B", or after 至/到, or
     * after "to" when a change word ("reduces", "improved") comes before it in the clause.
     */
    private static boolean isLevelReached(String folded, Cues cues, NumberMention number, int clauseStart, int hedgeEnd) {
        if (number.level() || isValueAtOperatingPoint(folded, hedgeEnd)) {
            return true;
        }
        int end = hedgeEnd;
        if (end >= AVERAGE.length() && folded.startsWith(AVERAGE, end - AVERAGE.length())) {
            end -= AVERAGE.length(); // "从25 Hz降至平均6.2 Hz"
        }
        if (end > 0 && (folded.charAt(end - 1) == '至' || folded.charAt(end - 1) == '到' || folded.charAt(end - 1) == '为')) {
            return true;
        }
        if (!endsWithWord(folded, end, "to")) {
            return false;
        }
        int wordEnd = trimEnd(folded, 0, end - 2);
        int wordStart = wordEnd;
        while (wordStart > 0 && Character.isLetter(folded.charAt(wordStart - 1))) {
            wordStart--;
        }
        String wordBefore = folded.substring(wordStart, wordEnd);
        if (wordBefore.equals("down")) {
            return true; // "brings P99 latency down to 38 ms": the level it came down to
        }
        if (NOT_A_CHANGE_BEFORE_TO.contains(wordBefore)) {
            return false;
        }
        for (int k = cues.firstEndingAfter(clauseStart); k < cues.starts().length && cues.ends()[k] <= end - 2; k++) {
            if (cues.payloads()[k] instanceof KindCue kind
                    && (kind.kind().equals("reduction") || kind.kind().equals("improvement"))) {
                return true;
            }
        }
        return false;
    }

    private static final String AVERAGE = "平均";

    /** "less than 50% of SA-UNet": a share of a named model is a size relative to it. */
    private static boolean isShareOfNamedReference(String original, NumberMention number) {
        int at = trimStart(original, number.end(), original.length());
        if (!original.startsWith("of ", at)) {
            return false;
        }
        at = trimStart(original, at + 3, original.length());
        if (original.startsWith("the ", at)) {
            at = trimStart(original, at + 4, original.length());
        }
        return at < original.length() && Character.isUpperCase(original.charAt(at));
    }

    /**
     * A number inside parentheses with no kind word of its own ("improves quality (e.g., ~4.5
     * points on X)") takes the kind word nearest before the parenthesis, in the clause it opens from.
     */
    private static int kindBeforeParenthesis(AnalysedText text, Cues cues, NumberMention number, int sentenceStart) {
        String folded = text.folded();
        int open = -1;
        for (int i = number.start() - 1; i >= sentenceStart; i--) {
            char c = folded.charAt(i);
            if (c == ')') {
                return -1;
            }
            if (c == '(') {
                open = i;
                break;
            }
        }
        if (open <= 0) {
            return -1;
        }
        int from = text.clauseStart(open);
        int best = -1;
        for (int k = cues.firstEndingAfter(from); k < cues.starts().length && cues.ends()[k] <= open; k++) {
            if (cues.payloads()[k] instanceof KindCue) {
                best = k;
            }
        }
        return best;
    }

    /** Skips spaces and a 的 before {@code end}. */
    private static int skipSpacesAndDe(String folded, int end) {
        int i = trimEnd(folded, 0, end);
        if (i > 0 && folded.charAt(i - 1) == '的') {
            i = trimEnd(folded, 0, i - 1);
        }
        return i;
    }

    /** "78.1% versus 78.6% for the original": the number is set against another right after it. */
    private static boolean isSetAgainstAnother(String folded, NumberMention number) {
        int end = number.end();
        for (String against : SET_AGAINST) {
            if (folded.startsWith(against, end)) {
                int next = trimStart(folded, end + against.length(), folded.length());
                return next < folded.length() && NumberMention.isDigit(folded.charAt(next));
            }
        }
        return false;
    }

    static boolean endsWithAnyWord(String folded, int end, List<String> words) {
        for (String word : words) {
            if (endsWithWord(folded, end, word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the ASCII word {@code word} ends at {@code end}, not glued to a preceding letter. */
    private static boolean endsWithWord(String folded, int end, String word) {
        int start = end - word.length();
        return start >= 0 && folded.startsWith(word, start)
                && (start == 0 || !Character.isLetterOrDigit(folded.charAt(start - 1)));
    }

    /**
     * Distance from a word to a number, lengthened when the word more likely belongs elsewhere:
     * behind a conjunction ("4.72× speedup and 6.4× …"), behind another number, or nearer to the
     * next number than to this one.
     */
    private static int ownershipDistance(Cues cues, int cueStart, int cueEnd, NumberMention number,
                                         int previousEnd, int nextStart) {
        boolean before = cueEnd <= number.start();
        int gapFrom = before ? cueEnd : number.end();
        int gapTo = before ? number.start() : cueStart;
        int weighted = gapTo - gapFrom;
        if (cues.separatingConjunctionWithin(gapFrom, gapTo)) {
            weighted += CONJUNCTION_PENALTY;
        }
        if (!before && cueStart >= nextStart) {
            return Integer.MAX_VALUE / 2; // a word after the next number is that number's
        }
        if (before && cueEnd <= previousEnd) {
            weighted += OTHER_NUMBER_PENALTY;
        } else {
            int neighbour = before ? previousEnd : nextStart;
            boolean hasNeighbour = before ? neighbour >= 0 : neighbour != Integer.MAX_VALUE;
            if (hasNeighbour) {
                int otherFrom = before ? neighbour : cueEnd;
                int otherTo = before ? cueStart : neighbour;
                if (otherTo - otherFrom < gapTo - gapFrom && !cues.conjunctionWithin(otherFrom, otherTo)) {
                    weighted += OTHER_NUMBER_PENALTY;
                }
            }
        }
        return weighted;
    }

    /**
     * Maps the stated kind onto what the unit allows: a bare ratio is a speedup, and so is a ratio
     * that "improves" throughput or latency; a ratio that improves anything else ("2.2× higher SLO
     * attainment", "20× longer videos") stays an improvement; an improvement of speed or throughput
     * is a speedup whatever its unit.
     */
    private static String kindFor(NumberMention number, String stated, boolean speedTargetNear, String target,
                                  boolean retainsQuality) {
        if ("compression-ratio".equals(stated) && retainsQuality) {
            return "score"; // "retains 99.4% of the accuracy", "保留97%语言理解能力" keep quality, they do not compress
        }
        if ("improvement".equals(stated) && ("speed".equals(target) || "throughput".equals(target))
                && !number.isRelativeUnit() && !number.unit().equals("dB")) {
            return "speedup"; // "throughput increases 2.2x": a speed that rose N times is an N-fold speedup
        }
        if (number.isRatioUnit()) {
            if (stated == null || stated.equals("score")) {
                // "8.6x the energy efficiency of an A100": N times more of what is no speed is a gain
                return target != null && GAIN_TARGETS.contains(target) ? "improvement" : "speedup";
            }
            if (stated.equals("improvement")) {
                // "serves 2.3x more requests per second than vLLM": N times the throughput it names
                return speedTargetNear || target != null && SPEED_TARGETS.contains(target) ? "speedup" : "improvement";
            }
            return stated;
        }
        return stated == null ? "score" : stated;
    }

    /**
     * "比上下文学习高约8.6个百分点", "比基线低3%": after a 比 in the clause, a 高/多 or 低/少 right
     * before the number (a hedge between them skipped) states a change, not the level reached. With
     * {@code onlyAfterBi} (the clause states a change elsewhere) only a 比 counts: "比逐层低秩方法高2.7个
     * 百分点" is higher, whatever 低 said.
     */
    private static String comparativeKind(String folded, Cues cues, int hedge, int clauseStart, boolean onlyAfterBi) {
        int end = skipSpacesAndDe(folded, hedge);
        if (end <= clauseStart) {
            return null;
        }
        char before = folded.charAt(end - 1);
        String kind = before == '高' || before == '多' ? "improvement"
                : before == '低' || before == '少' ? "reduction" : null;
        if (kind == null) {
            return null;
        }
        // after a 比 ("比基线高3%"), or right after what is measured ("精度高1.3%")
        if (onlyAfterBi) {
            return lastIndexIn(folded, '比', clauseStart, end) >= 0 ? kind : null;
        }
        int k = cues.firstEndingAfter(end - 2);
        boolean measureBefore = k < cues.ends().length && cues.ends()[k] == end - 1 && cues.payloads()[k] instanceof Target;
        return measureBefore || lastIndexIn(folded, '比', clauseStart, end) >= 0
                || lastIndexIn(folded, '较', clauseStart, end) >= 0 ? kind : null;
    }

    /** The last position of {@code c} in [from, to), or -1: a look back that stops where the clause does. */
    private static int lastIndexIn(String folded, char c, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (folded.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "胜率约61%（PPO为57%）", "精度75.16%（原DeiT-Tiny为74.52%）": a parenthesis right after a
     * result that gives another system's value ("X为N") gives the comparison, not a claim.
     */
    private static boolean isComparedValue(String folded, NumberMention number) {
        int from = Math.max(0, number.start() - 30);
        int open = Math.max(lastIndexIn(folded, '(', from, number.start()), lastIndexIn(folded, '（', from, number.start()));
        if (open <= 0) {
            return false;
        }
        String inner = folded.substring(open + 1, number.start());
        if (inner.indexOf(')') >= 0 || inner.indexOf('）') >= 0 || !(inner.strip().endsWith("为") || inner.strip().endsWith("是"))) {
            return false;
        }
        int before = trimEnd(folded, 0, open);
        char last = before > 0 ? folded.charAt(before - 1) : ' ';
        return NumberMention.isDigit(last) || last == '%' || last == '倍' || last == 'x' || last == '×' || last == '点';
    }

    /** Openers of a comparison whose object's own value may follow with 的 ("高于BEVDepth的41.3 FPS"). */
    private static final List<String> COMPARATIVE_OPENERS = ClaimWords.COMPARATIVE_OPENER.words();
    private static final int COMPARED_SYSTEM_REACH = 24;

    /**
     * "速度高于BEVDepth-R50的41.3 FPS": the number after 的 is the value of the system the comparison
     * names, not the paper's result.
     */
    private static boolean isComparedSystemsValue(String folded, NumberMention number) {
        int end = trimEnd(folded, 0, number.start());
        if (end <= 0 || folded.charAt(end - 1) != '的') {
            return false;
        }
        for (int i = end - 2; i >= 0 && i >= end - COMPARED_SYSTEM_REACH; i--) {
            char c = folded.charAt(i);
            // an opener governs the first 的 after it: "与BEVDet4D-R50的30.2 FPS", not
            // "GPU与CPU上的生成速度分别达到FP16实现的1.2倍"
            if (isClauseMark(c) || c == '的') {
                return false;
            }
            for (String opener : COMPARATIVE_OPENERS) {
                if (folded.startsWith(opener, i) && i + opener.length() < end - 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words that liken a result to a reference: "close to", "comparable to", "against". */
    private static final List<String> LIKENESS = ClaimWords.LIKENESS.words();
    /** Words a reference's own value may stand between, or follow: "the teacher's", "the 4.8% of the teacher". */
    private static final int REFERENCE_REACH = 40;

    /**
     * "close to the teacher's 89.0%", "comparable to the 94.2% of standard decoding", "against 5.0% for
     * the full model": the number is the value of what the result is likened to, not the result.
     * "close to 90% of the teacher's accuracy" is the paper's own level (no "the" before the number).
     */
    private static boolean isReferenceLevel(String folded, NumberMention number, int clauseStart) {
        int end = trimEnd(folded, 0, number.start());
        if (end >= 2 && folded.startsWith("'s", end - 2)) {
            int from = Math.max(clauseStart, end - REFERENCE_REACH);
            for (String likeness : LIKENESS) {
                int at = folded.indexOf(likeness, from);
                if (at >= 0 && at < end && endsWithWord(folded, at + likeness.length(), likeness)
                        && folded.startsWith(" the ", at + likeness.length())) {
                    return true;
                }
            }
            return false;
        }
        boolean definite = endsWithWord(folded, end, "the");
        int likenessEnd = definite ? trimEnd(folded, 0, end - 3) : end;
        if (!endsWithAnyWord(folded, likenessEnd, LIKENESS)
                || !definite && !endsWithWord(folded, likenessEnd, "against")) {
            return false;
        }
        int after = number.end();
        return folded.startsWith(" of ", after) || folded.startsWith(" for ", after)
                || !definite && folded.startsWith(" in ", after);
    }

    /**
     * "keeping only 64 of 576 visual tokens (11.1%)": a share in parentheses right after a count of
     * so many of so many restates the count; it is no result of its own.
     */
    private static boolean restatesACount(String folded, NumberMention number) {
        int open = trimEnd(folded, 0, number.start()) - 1;
        if (open < 1 || folded.charAt(open) != '(' && folded.charAt(open) != '（' || !number.unit().equals("%")) {
            return false;
        }
        int close = trimStart(folded, number.end(), folded.length());
        if (close >= folded.length() || folded.charAt(close) != ')' && folded.charAt(close) != '）') {
            return false;
        }
        return COUNT_OF_COUNT_BEFORE.matcher(folded.substring(Math.max(0, open - 48), open)).find();
    }

    private static final Pattern COUNT_OF_COUNT_BEFORE =
            Pattern.compile("\\b\\d[\\d,]* (?:of|out of) (?:the )?\\d[\\d,]*(?: [a-z-]+){0,3} ?$");

    /** "saves 35% of FLOPs at a WER of 6.2%": "at a/an … of" names the level the result holds at. */
    private static boolean isValueAtOperatingPoint(String folded, int end) {
        if (!endsWithWord(folded, end, "of")) {
            return false;
        }
        int from = Math.max(0, end - 32);
        int at = folded.substring(from, end).lastIndexOf(" at a");
        return at >= 0 && folded.substring(from + at, end).indexOf(',') < 0
                && (folded.startsWith(" at a ", from + at) || folded.startsWith(" at an ", from + at))
                && !folded.startsWith(" at a cost of", from + at); // "at a cost of 0.4 AP" is what was lost
    }

    /** A mark that ends a clause or a list item, where a look back for what a number belongs to stops. */
    private static boolean isClauseMark(char c) {
        return c == ',' || c == '，' || c == '、' || c == '。' || c == ';' || c == '；';
    }

    /** Characters that make 较 an adverb ("较高", "较低": relatively high or low), not "compared with". */
    private static final String ADVERB_JIAO_NEXT = "高低大小好少多快慢长短强弱优差";
    private static final int COMPARED_THING_REACH = 8;

    /**
     * Where the comparison opener stands (its last character) that the word at {@code start} follows
     * shortly, with no clause mark between ("较原始解码", "相比基线", "compared with the dense model"),
     * or -1. Such a word names
     * what is compared with when the clause names the measure before the opener ("吞吐量较原始解码"),
     * but is the measure itself when nothing does ("相比现有系统吞吐量提升6.4倍").
     */
    private static int comparisonOpenerBefore(String folded, Cues cues, int start) {
        for (int i = start - 1; i >= 0 && i >= start - COMPARED_THING_REACH; i--) {
            char c = folded.charAt(i);
            if (isClauseMark(c) || c == '.') {
                return -1;
            }
            if (c == '较' && i + 1 < folded.length() && ADVERB_JIAO_NEXT.indexOf(folded.charAt(i + 1)) < 0) {
                return i;
            }
            if (cues.markerEndingAt(Role.COMPARISON, i + 1) || cues.markerEndingAt(Role.BASELINE, i + 1)) {
                return i;
            }
        }
        return -1;
    }

    /** "2.98 points above the original", "3% below the baseline": a change against what follows. */
    private static String aboveOrBelowKind(String folded, NumberMention number) {
        int at = trimStart(folded, number.end(), folded.length());
        // the metric may stand between ("0.3 dB PSNR above the previous best")
        int word = at;
        while (word < folded.length() && word - at < 12 && folded.charAt(word) != ' ' && folded.charAt(word) < 128) {
            word++;
        }
        for (int from : new int[] {at, trimStart(folded, word, folded.length())}) {
            if (folded.startsWith("above ", from) || folded.startsWith("more than ", from) || folded.startsWith("higher than ", from)) {
                return "improvement";
            }
            if (folded.startsWith("below ", from) || folded.startsWith("less than ", from) || folded.startsWith("lower than ", from)
                    || folded.startsWith("fewer than ", from)) {
                return "reduction";
            }
        }
        return null;
    }

    /** Characters between a word and the number, or -1 when they overlap. */
    private static int distance(int start, int end, NumberMention number) {
        if (end <= number.start()) {
            return number.start() - end;
        }
        if (start >= number.end()) {
            return start - number.end();
        }
        return -1;
    }

    private static boolean isApproxPosition(String folded, int start, int end, String term, NumberMention number) {
        if (end <= number.start()) {
            String gap = folded.substring(end, number.start()).strip();
            return gap.isEmpty() || gap.equals("了") || gap.equals("的") || gap.equals("达") || gap.equals("到")
                    || gap.equals("by") || gap.equals("of") || gap.equals("约") || gap.equals("为");
        }
        return start >= number.end() && start - number.end() <= 1 && (term.equals("以上") || term.equals("左右"));
    }

    /** Nothing but spaces, or a lone 的, between a number and a word. */
    private static boolean isAdjacent(String folded, int from, int to) {
        int first = trimStart(folded, from, to);
        int last = trimEnd(folded, first, to);
        return first == last || last - first == 1 && folded.charAt(first) == '的';
    }

    /**
     * "across varying pruning rates (50%-70%)", "sparsity levels (50-60%)": a number opening the
     * parentheses right after a setting or sparsity word is the value the experiments set.
     */
    private static boolean isParenthesisedSetting(String folded, Cues cues, NumberMention number, int clauseStart) {
        if (!insideParentheses(folded, clauseStart) || trimStart(folded, clauseStart, number.start()) != number.start()) {
            return false;
        }
        int wordEnd = trimEnd(folded, 0, clauseStart - 1);
        // the last cue ending before the parenthesis; a stem's match ends inside its word ("rate" of "rates")
        int k = cues.firstEndingAfter(wordEnd) - 1;
        if (k < 0 || !(cues.payloads()[k] instanceof Setting)) {
            return false;
        }
        for (int i = cues.ends()[k]; i < wordEnd; i++) {
            char c = folded.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /** Lower-case words that may stand between two numbers of one measure. */
    private static final Set<String> LINKING_WORDS = Set.of("and", "or", "compared", "to", "with", "than", "over",
            "vs", "versus", "respectively", "on", "in", "for", "the", "a", "an", "while", "from", "up", "by");

    /**
     * Whether the words between two numbers only link them ("and", "compared to MaskGS"): a lower-case
     * word of another kind names what the second number measures ("and jaccard indices of 72.85",
     * "and cost by 59%"), even when the lexicon does not know it as a target.
     */
    private static boolean namesNoOtherMeasure(String original, int from, int to) {
        int i = from;
        while (i < to) {
            if (original.charAt(i) >= 'a' && original.charAt(i) <= 'z'
                    && (i == from || !Character.isLetterOrDigit(original.charAt(i - 1)))) {
                int end = i;
                while (end < to && Character.isLetter(original.charAt(end)) && original.charAt(end) < 128) {
                    end++;
                }
                if (!LINKING_WORDS.contains(original.substring(i, end))) {
                    return false;
                }
                i = end;
            } else {
                i++;
            }
        }
        return true;
    }

    /** A claim inside parentheses is an aside; it does not pass its kind on to the text after it. */
    private static boolean insideParentheses(String folded, int clauseStart) {
        if (clauseStart == 0) {
            return false;
        }
        char opener = folded.charAt(clauseStart - 1);
        return opener == '(' || opener == '（';
    }

    private static boolean signedPositive(String folded, int start) {
        return start > 0 && folded.charAt(start - 1) == '+';
    }

    static int trimStart(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static int trimEnd(String text, int from, int to) {
        int i = to;
        while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
