package io.paperstream.enrich.claims;

import io.paperstream.enrich.claims.ClaimLexicon.Approx;
import io.paperstream.enrich.claims.ClaimLexicon.Cue;
import io.paperstream.enrich.claims.ClaimLexicon.KindCue;
import io.paperstream.enrich.claims.ClaimLexicon.Setting;
import io.paperstream.enrich.claims.ClaimLexicon.Target;
import io.paperstream.enrich.entities.ModelNameFinder;
import io.paperstream.enrich.text.Field;
import io.paperstream.enrich.text.Segments;
import io.paperstream.enrich.text.TermMatcher.Hit;
import io.paperstream.enrich.text.TextFolding;
import io.paperstream.schemas.MetricClaim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numeric result claims from a brief or an abstract.
 *
 * <p>A claim is a number with a unit. Its kind comes from the nearest kind word in the same clause
 * ("reduces … by 24%", "25%的提升"); a clause without one continues the previous claim of the sentence
 * ("cost by 44.9%, tokens by 41.4%"); otherwise a ratio is a speedup and a percentage a score. Numbers
 * followed by a setting word (50% sparsity, 4-bit) and numbers without a unit (counts, years,
 * citations, model sizes) are not claims.
 */
public final class ClaimExtractor {

    private static final int MAX_CUE_DISTANCE = 64;
    private static final int MAX_TARGET_DISTANCE = 40;
    private static final int SCORE_CUE_PENALTY = 10;
    private static final int CONJUNCTION_PENALTY = 50;
    private static final int OTHER_NUMBER_PENALTY = 30;
    private static final java.util.Set<String> UNANCHORED_UNITS = java.util.Set.of("s", "ms", "KB", "MB", "GB", "TB");
    private static final Pattern COORDINATION = Pattern.compile("\\band\\b|和|及|与|/|,|、");
    private static final Pattern RETENTION = Pattern.compile("retain|keep|保留|original|原始");
    private static final Pattern CONJUNCTION =
            Pattern.compile("\\b(?:and|while|with|but|whereas)\\b|和|且|并|同时|以及|而");

    private final ClaimLexicon lexicon;
    private final ModelNameFinder models;

    public ClaimExtractor(ClaimLexicon lexicon, ModelNameFinder models) {
        this.lexicon = lexicon;
        this.models = models;
    }

    public static ClaimExtractor fromClasspath() {
        return new ClaimExtractor(ClaimLexicon.fromClasspath(), ModelNameFinder.fromClasspath());
    }

    public List<MetricClaim> extract(String text, Field source) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String folded = TextFolding.fold(text);
        List<Hit<Cue>> cues = lexicon.matcher().findLongest(folded);
        List<ModelNameFinder.Mention> modelMentions = models.find(text, folded);
        List<NumberMention> numbers = new ArrayList<>();
        Matcher matcher = NumberMention.matcher(folded);
        while (matcher.find()) {
            numbers.add(NumberMention.of(matcher, folded));
        }
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            Neighbours neighbours = neighbours(folded, numbers, i);
            Draft previous = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
            Draft draft = read(text, folded, numbers.get(i), neighbours, cues, previous);
            if (draft != null) {
                drafts.add(draft);
            }
        }
        takeKindFromFollowingPartner(folded, cues, drafts);
        ModelPairing.assign(text, folded, drafts, modelMentions);
        List<MetricClaim> claims = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            claims.add(new MetricClaim(d.kind, d.number.value(), d.number.low(), d.number.unit(), d.target,
                    d.approx, d.model, source.wireName(), d.text));
        }
        return claims;
    }

    /** A claim being assembled; the model is filled in last because pairing looks at neighbours. */
    static final class Draft {
        final NumberMention number;
        String kind;
        boolean kindStated;
        final String target;
        final boolean approx;
        final int clauseStart;
        final int clauseEnd;
        final int sentenceStart;
        final String text;
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

    /** "0.50 dB and 0.40 dB PSNR drops": the first of two joined numbers takes the kind stated after the second. */
    private static void takeKindFromFollowingPartner(String folded, List<Hit<Cue>> cues, List<Draft> drafts) {
        for (int i = drafts.size() - 2; i >= 0; i--) {
            Draft first = drafts.get(i);
            Draft second = drafts.get(i + 1);
            if (!first.kindStated && second.kindStated && first.clauseStart == second.clauseStart
                    && first.number.unit().equals(second.number.unit())
                    && isCoordinated(folded, cues, first.number.end(), second.number.start())) {
                first.kind = second.kind;
                first.kindStated = true;
            }
        }
    }

    /** Two numbers joined by "and", "和", "/" or a comma, with no kind word of their own between them. */
    private static boolean isCoordinated(String folded, List<Hit<Cue>> cues, int from, int to) {
        for (Hit<Cue> cue : cues) {
            if (cue.payload() instanceof KindCue && cue.start() >= from && cue.end() <= to) {
                return false;
            }
        }
        return COORDINATION.matcher(folded.substring(from, to)).find();
    }

    /** A duration or a size with neither a kind word nor a target near it ("支持240秒视频") is a capability. */
    private static boolean isUnanchoredMeasurement(NumberMention number, Hit<Cue> kindCue, String target) {
        return UNANCHORED_UNITS.contains(number.unit()) && kindCue == null && target == null;
    }

    /** Where the neighbouring numbers of the same clause end and start; -1 / MAX_VALUE when there is none. */
    private record Neighbours(int previousEnd, int nextStart) {
    }

    private Draft read(String text, String folded, NumberMention number, Neighbours neighbours, List<Hit<Cue>> cues,
                       Draft previous) {
        int clauseStart = Segments.clauseStart(folded, number.start());
        int clauseEnd = Segments.clauseEnd(folded, number.end());
        int sentenceStart = Segments.sentenceStart(folded, number.start());
        Hit<Cue> approxCue = null;
        Hit<Cue> kindCue = null;
        Hit<Cue> targetCue = null;
        int kindDistance = Integer.MAX_VALUE;
        int targetDistance = Integer.MAX_VALUE;
        for (Hit<Cue> cue : cues) {
            if (cue.end() <= clauseStart || cue.start() >= clauseEnd) {
                continue;
            }
            int distance = distance(cue, number);
            if (distance < 0) {
                continue;
            }
            Cue payload = cue.payload();
            if (payload instanceof Setting) {
                if (cue.start() >= number.end() && isAdjacent(folded, number.end(), cue.start())) {
                    return null;
                }
            } else if (payload instanceof Approx) {
                if (isApproxPosition(folded, cue, number)) {
                    approxCue = cue;
                }
            } else if (payload instanceof KindCue k) {
                int weighted = kindCueDistance(folded, cue, k, number, neighbours);
                if (weighted < kindDistance && weighted <= MAX_CUE_DISTANCE) {
                    kindCue = cue;
                    kindDistance = weighted;
                }
            } else if (payload instanceof Target) {
                int weighted = ownershipDistance(folded, cue, number, neighbours);
                if (weighted < targetDistance && weighted <= MAX_TARGET_DISTANCE) {
                    targetCue = cue;
                    targetDistance = weighted;
                }
            }
        }
        String target = targetCue == null ? null : ((Target) targetCue.payload()).name();
        if (isOperatingPoint(folded, number) || isUnanchoredMeasurement(number, kindCue, target)) {
            return null;
        }
        String statedKind = kindCue == null ? null : ((KindCue) kindCue.payload()).kind();
        if (statedKind == null && signedPositive(folded, number.start())) {
            statedKind = "improvement";
        }
        boolean continuesPrevious = statedKind == null && previous != null
                && previous.sentenceStart == sentenceStart && previous.kindStated
                && !insideParentheses(folded, previous.clauseStart)
                && (previous.clauseStart != clauseStart || isCoordinated(folded, cues, previous.number.end(), number.start()));
        String kind = kindFor(number, continuesPrevious ? previous.kind : statedKind, target,
                kindCue == null ? null : kindCue.term());
        if (number.unit().equals("tokens") && !(kind.equals("reduction") || kind.equals("improvement"))) {
            return null; // "64 tokens" is a budget or a setting unless the text says it changed
        }
        int spanStart = trimStart(text, clauseStart, clauseEnd);
        int spanEnd = trimEnd(text, spanStart, clauseEnd);
        return new Draft(number, kind, statedKind != null || continuesPrevious, target, approxCue != null,
                clauseStart, clauseEnd, sentenceStart, text.substring(spanStart, spanEnd));
    }

    /**
     * How far a kind word is from a number, lengthened when the word more likely belongs elsewhere:
     * behind a conjunction ("4.72× speedup and 6.4× …"), behind another number, or nearer to the
     * next number than to this one. "achieves" is weaker evidence than a word naming the change.
     */
    private static int kindCueDistance(String folded, Hit<Cue> cue, KindCue kind, NumberMention number,
                                       Neighbours neighbours) {
        int weighted = ownershipDistance(folded, cue, number, neighbours);
        return kind.kind().equals("score") ? weighted + SCORE_CUE_PENALTY : weighted;
    }

    /** Distance from a word to a number, lengthened when the word more likely belongs to a neighbouring number. */
    private static int ownershipDistance(String folded, Hit<Cue> cue, NumberMention number, Neighbours neighbours) {
        boolean before = cue.end() <= number.start();
        String gap = before ? folded.substring(cue.end(), number.start()) : folded.substring(number.end(), cue.start());
        int weighted = distance(cue, number);
        if (CONJUNCTION.matcher(gap).find()) {
            weighted += CONJUNCTION_PENALTY;
        }
        if (before && cue.end() <= neighbours.previousEnd() || !before && cue.start() >= neighbours.nextStart()) {
            weighted += OTHER_NUMBER_PENALTY;
        } else {
            int neighbour = before ? neighbours.previousEnd() : neighbours.nextStart();
            boolean hasNeighbour = before ? neighbour >= 0 : neighbour != Integer.MAX_VALUE;
            if (hasNeighbour) {
                String other = before ? folded.substring(neighbour, cue.start()) : folded.substring(cue.end(), neighbour);
                if (other.length() < gap.length() && !CONJUNCTION.matcher(other).find()) {
                    weighted += OTHER_NUMBER_PENALTY;
                }
            }
        }
        return weighted;
    }

    private static Neighbours neighbours(String folded, List<NumberMention> numbers, int i) {
        NumberMention number = numbers.get(i);
        int clauseStart = Segments.clauseStart(folded, number.start());
        int clauseEnd = Segments.clauseEnd(folded, number.end());
        int previousEnd = i > 0 && numbers.get(i - 1).end() > clauseStart ? numbers.get(i - 1).end() : -1;
        int nextStart = i + 1 < numbers.size() && numbers.get(i + 1).start() < clauseEnd
                ? numbers.get(i + 1).start() : Integer.MAX_VALUE;
        return new Neighbours(previousEnd, nextStart);
    }

    /** Maps the stated kind onto what the unit allows: a ratio that "improves" throughput is a speedup. */
    private static String kindFor(NumberMention number, String stated, String target, String cueTerm) {
        if ("compression-ratio".equals(stated) && "accuracy".equals(target) && cueTerm != null
                && RETENTION.matcher(cueTerm).find()) {
            return "score"; // "retains 99.4% of the accuracy" keeps quality, it does not compress
        }
        if (number.isRatioUnit()) {
            if (stated == null || stated.equals("improvement") || stated.equals("score")) {
                return "speedup";
            }
            return stated;
        }
        return stated == null ? "score" : stated;
    }

    /** Characters between the cue and the number, or -1 when they overlap. */
    private static int distance(Hit<?> cue, NumberMention number) {
        if (cue.end() <= number.start()) {
            return number.start() - cue.end();
        }
        if (cue.start() >= number.end()) {
            return cue.start() - number.end();
        }
        return -1;
    }

    private static boolean isApproxPosition(String folded, Hit<Cue> cue, NumberMention number) {
        if (cue.end() <= number.start()) {
            String gap = folded.substring(cue.end(), number.start()).strip();
            return gap.isEmpty() || gap.equals("了") || gap.equals("的") || gap.equals("达") || gap.equals("到")
                    || gap.equals("by") || gap.equals("of") || gap.equals("约") || gap.equals("为");
        }
        return cue.start() >= number.end() && cue.start() - number.end() <= 1
                && (cue.term().equals("以上") || cue.term().equals("左右"));
    }

    private static boolean isAdjacent(String folded, int from, int to) {
        String gap = folded.substring(from, to).strip();
        return gap.isEmpty() || gap.equals("的");
    }

    /** A claim inside parentheses is an aside; it does not pass its kind on to the text after it. */
    private static boolean insideParentheses(String folded, int clauseStart) {
        if (clauseStart == 0) {
            return false;
        }
        char opener = folded.charAt(clauseStart - 1);
        return opener == '(' || opener == '（';
    }

    /** "at 30 bpp", "6-30 bpp下", "18 bpp时": an operating point of the experiment, not a result. */
    private static boolean isOperatingPoint(String folded, NumberMention number) {
        if (number.isRatioUnit() || number.isRelativeUnit()) {
            return false;
        }
        String before = folded.substring(Math.max(0, number.start() - 4), number.start());
        String after = folded.substring(number.end(), Math.min(folded.length(), number.end() + 1));
        return before.endsWith("at ") || before.endsWith("在") || after.equals("下") || after.equals("时");
    }

    private static boolean signedPositive(String folded, int start) {
        return start > 0 && folded.charAt(start - 1) == '+';
    }

    private static int trimStart(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int from, int to) {
        int i = to;
        while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
