package io.paperstream.enrich.technique;

import io.paperstream.enrich.PaperText;
import io.paperstream.enrich.technique.TechniqueTaxonomy.Baseline;
import io.paperstream.enrich.technique.TechniqueTaxonomy.Context;
import io.paperstream.enrich.technique.TechniqueTaxonomy.Fallback;
import io.paperstream.enrich.technique.TechniqueTaxonomy.Survey;
import io.paperstream.enrich.technique.TechniqueTaxonomy.JointPart;
import io.paperstream.enrich.technique.TechniqueTaxonomy.OtherSense;
import io.paperstream.enrich.technique.TechniqueTaxonomy.OwnWork;
import io.paperstream.enrich.technique.TechniqueTaxonomy.Precedence;
import io.paperstream.enrich.technique.TechniqueTaxonomy.Suppressor;
import io.paperstream.enrich.technique.TechniqueTaxonomy.Term;
import io.paperstream.enrich.technique.TechniqueTaxonomy.TitlePattern;
import io.paperstream.enrich.text.AnalysedPaper;
import io.paperstream.enrich.text.AnalysedText;
import io.paperstream.enrich.text.BriefParts;
import io.paperstream.enrich.text.Field;
import io.paperstream.enrich.text.Segments;
import io.paperstream.enrich.text.TermMatcher;
import io.paperstream.enrich.text.TextFolding;
import io.paperstream.schemas.Evidence;
import io.paperstream.schemas.TechniqueLabel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Multi-label technique classification by weighted vocabulary.
 *
 * <p>A term counts for more where the paper describes its own method (the title, the brief's
 * "使用…" part, abstract sentences with "we propose") and for little where it describes the problem
 * or a baseline (the brief's "解决了…问题" part, clauses with "existing", "compared with", "优于").
 * Repeated mentions add with diminishing returns, so one well-placed term outweighs many passing ones.
 */
public final class TechniqueClassifier {

    public static final String OTHER = "other";

    private static final double TITLE_WEIGHT = 2.0;
    private static final double BRIEF_METHOD_WEIGHT = 1.6;
    private static final double BRIEF_HEAD_WEIGHT = 0.5;
    private static final double BRIEF_PROBLEM_WEIGHT = 0.35;
    private static final double BRIEF_RESULT_WEIGHT = 0.7;
    private static final double ABSTRACT_OWN_WEIGHT = 1.0;
    private static final double ABSTRACT_WEIGHT = 0.5;
    private static final double BASELINE_FACTOR = 0.15;
    private static final double SUPPRESSED_FACTOR = 0.15;
    private static final int SUPPRESSOR_MIN_MENTIONS = 2;
    /** Raw evidence mass at which a score reaches 1 - 1/e. */
    private static final double SCORE_SCALE = 2.2;
    private static final double MIN_SCORE = 0.45;
    /**
     * The main label may score less when a term names it in the brief's method part: the one naming
     * there is the paper's own method ("把…偏好蒸馏进一个3亿参数的交叉编码器") even when the English
     * abstract words it otherwise.
     */
    private static final double MIN_MAIN_SCORE_NAMED_IN_METHOD = 0.33;
    /** A secondary label must be at least this fraction of the main label's score. */
    private static final double MIN_SHARE_OF_MAIN = 0.55;
    /** Terms at least this heavy name a technique; lighter ones only hint at it. */
    private static final double NAMING_WEIGHT = 0.8;
    /** Score a label needs to be the main technique when no term names it, only hints. */
    private static final double MIN_HINTED_MAIN_SCORE = 0.6;
    private static final int MAX_EVIDENCE = 6;
    /**
     * Applied to a label found only in the (translated) brief while the English abstract, present,
     * never mentions it: the Chinese terms are the ones with two senses (量化 "quantify", 剪枝, 推理).
     */
    private static final double UNCORROBORATED_FACTOR = 0.6;
    /**
     * Applied to every label once per description (brief, abstract) the paper lacks: with one of the
     * two a paper holds about half the evidence, and without this its labels would fall under the
     * thresholds, which are set for papers that have both.
     */
    private static final double MISSING_DESCRIPTION_FACTOR = 2.0;
    /** Evidence mass of one mention of a fallback phrase, for the fallback label's score. */
    private static final double FALLBACK_MENTION_MASS = 0.5;

    private final TechniqueTaxonomy taxonomy;

    public TechniqueClassifier(TechniqueTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public static TechniqueClassifier fromClasspath() {
        return new TechniqueClassifier(TechniqueTaxonomy.fromClasspath());
    }

    /**
     * One counted term occurrence, its text read from {@code source} only if it becomes evidence;
     * {@code named} when the term names the technique (weight at least {@link #NAMING_WEIGHT});
     * {@code secondaryOnly} when that naming (a title term's) adds the label beside another but does not
     * make it the main one.
     */
    private record Mention(int label, double mass, Field field, boolean named, boolean inMethod, boolean firm,
                           boolean secondaryOnly, String source, int start, int end) {
        String term() {
            return source.substring(start, end);
        }
    }

    /** The taxonomy's dictionary, to be merged into a shared vocabulary. */
    public TermMatcher<?> matcher() {
        return taxonomy.matcher();
    }

    public List<TechniqueLabel> classify(PaperText paper) {
        return classify(AnalysedPaper.of(paper, taxonomy.matcher()));
    }

    /** Classifies a paper analysed with a vocabulary that includes this taxonomy's matcher. */
    public List<TechniqueLabel> classify(AnalysedPaper paper) {
        if (isSurvey(paper.title()) || namesBenchmark(paper.title().folded()) || isAnalysisInBriefHead(paper.brief())) {
            return fallbackOrOther(0, List.of(), 1); // a survey covers techniques; it contributes none
        }
        List<Mention> mentions = new ArrayList<>();
        // how often the paper mentions each suppressing topic, by the suppress record's ordinal
        int[] suppressorMentions = new int[taxonomy.suppressors().size()];
        // fallback phrases, their label being the fallback record's ordinal
        List<Mention> fallbackMentions = new ArrayList<>();
        // per label, whether the paper mentions one of its context phrases
        boolean[] inContext = new boolean[taxonomy.labels().size()];
        collect(Field.TITLE, paper.title(), mentions, suppressorMentions, fallbackMentions, inContext);
        collectTitlePatterns(paper.title().original(), mentions);
        collect(Field.BRIEF, paper.brief(), mentions, suppressorMentions, fallbackMentions, inContext);
        collect(Field.ABSTRACT, paper.abstractText(), mentions, suppressorMentions, fallbackMentions, inContext);
        int missingDescriptions = (paper.brief().isEmpty() ? 1 : 0) + (paper.abstractText().isEmpty() ? 1 : 0);
        double missingDescriptionFactor = Math.pow(MISSING_DESCRIPTION_FACTOR, missingDescriptions);
        if (mentions.isEmpty()) {
            return fallbackOrOther(0, fallbackMentions, missingDescriptionFactor);
        }

        int labelCount = taxonomy.labels().size();
        double[] masses = new double[labelCount];
        // per label, the part of its mass that firm terms give, which no suppressor discounts
        double[] firmMasses = new double[labelCount];
        boolean[] named = new boolean[labelCount];
        // per label, whether a mention that may make it the main label names it
        boolean[] namedAsMain = new boolean[labelCount];
        boolean[] namedInTitle = new boolean[labelCount];
        boolean[] inMethod = new boolean[labelCount];
        // per label, a bit for each field it was found in (none: not found)
        int[] fields = new int[labelCount];
        // per label and field, repeated mentions add with halving weights, the heaviest first
        mentions.sort(BY_LABEL_FIELD_AND_MASS);
        int label = -1;
        Field field = null;
        double share = 1;
        for (Mention m : mentions) {
            if (m.label != label || m.field != field) {
                label = m.label;
                field = m.field;
                share = 1;
            }
            masses[label] += m.mass * share;
            if (m.firm) {
                firmMasses[label] += m.mass * share;
            }
            share /= 2;
            named[label] |= m.named;
            namedAsMain[label] |= m.named && !m.secondaryOnly;
            namedInTitle[label] |= m.named && m.field == Field.TITLE;
            inMethod[label] |= m.inMethod;
            fields[label] |= 1 << field.ordinal();
        }
        if (!paper.abstractText().isEmpty()) {
            for (int l = 0; l < labelCount; l++) {
                if (fields[l] == 1 << Field.BRIEF.ordinal()) {
                    masses[l] *= UNCORROBORATED_FACTOR;
                    firmMasses[l] *= UNCORROBORATED_FACTOR;
                }
            }
        }
        if (missingDescriptions > 0) {
            for (int l = 0; l < labelCount; l++) {
                masses[l] *= missingDescriptionFactor;
                firmMasses[l] *= missingDescriptionFactor;
            }
        }
        for (int l = 0; l < labelCount; l++) {
            if (taxonomy.needsContext(l) && !inContext[l]) {
                masses[l] = 0;
                firmMasses[l] = 0;
                fields[l] = 0;
            }
        }
        for (Suppressor suppressor : taxonomy.suppressors()) {
            if (fields[suppressor.index()] != 0
                    && suppressorMentions[suppressor.ordinal()] >= SUPPRESSOR_MIN_MENTIONS) {
                int l = suppressor.index();
                double mass = masses[l] - firmMasses[l];
                masses[l] = firmMasses[l] + mass * SUPPRESSED_FACTOR;
                if (suppressor.describesIndex() != Suppressor.NONE && fields[suppressor.describesIndex()] != 0) {
                    masses[suppressor.describesIndex()] += mass * (1 - SUPPRESSED_FACTOR);
                }
            }
        }

        double[] scores = new double[labelCount];
        Integer[] ranked = new Integer[labelCount];
        int candidates = 0;
        for (int l = 0; l < labelCount; l++) {
            if (fields[l] != 0) {
                scores[l] = round(1 - Math.exp(-masses[l] / SCORE_SCALE));
                ranked[candidates++] = l;
            }
        }
        List<String> ids = taxonomy.labels();
        Arrays.sort(ranked, 0, candidates, (a, b) -> scores[a] != scores[b]
                ? Double.compare(scores[b], scores[a]) : ids.get(a).compareTo(ids.get(b)));
        // the main technique is the best-scoring label that a term names, or hints strongly enough at
        // (one named only by secondary-only terms is main only when no other label qualifies)
        int main = -1;
        for (int pass = 0; pass < 2 && main < 0; pass++) {
            for (int r = 0; r < candidates && main < 0; r++) {
                int l = ranked[r];
                if (scores[l] >= (named[l] && inMethod[l] ? MIN_MAIN_SCORE_NAMED_IN_METHOD : MIN_SCORE)
                        && (named[l] || scores[l] >= MIN_HINTED_MAIN_SCORE)
                        && (pass == 1 || mayLead(l, named, namedAsMain))) {
                    main = l;
                }
            }
        }
        if (main < 0) {
            // no candidate at all when every label found lacked its context
            return fallbackOrOther(candidates == 0 ? 0 : scores[ranked[0]], fallbackMentions, missingDescriptionFactor);
        }
        // ranked by score, so the secondary labels stay in score order
        List<Integer> secondaries = new ArrayList<>();
        for (int r = 0; r < candidates; r++) {
            int l = ranked[r];
            // a secondary technique must be named, not only hinted at, unless it is the main one's companion
            // and the brief's method part mentions it (with the companion's minimum score, if it has one)
            if (l != main && (named[l] && scores[l] >= MIN_SCORE && scores[l] >= scores[main] * MIN_SHARE_OF_MAIN
                    || taxonomy.isCompanion(l, main, scores[l]) && inMethod[l])) {
                secondaries.add(l);
            }
        }
        int first = preceding(main, secondaries, named, namedAsMain);
        // a serving system's KV cache paging is part of the system unless the title names it
        secondaries.removeIf(l -> taxonomy.isIncidental(l, first) && !namedInTitle[l]);
        // the public contract lists labels by score, highest first: the main label takes the highest
        // score of those kept (a label that precedes a higher-scoring one, or a main label beside one that
        // a title term names), and the others follow in score order
        secondaries.sort(Comparator.comparingDouble((Integer l) -> scores[l]).reversed());
        double firstScore = first == main ? scores[first] : Math.max(scores[first], scores[main]);
        if (!secondaries.isEmpty()) {
            firstScore = Math.max(firstScore, scores[secondaries.get(0)]);
        }
        List<TechniqueLabel> kept = new ArrayList<>();
        kept.add(label(first, firstScore, mentions));
        secondaries.forEach(l -> kept.add(label(l, scores[l], mentions)));
        return kept;
    }

    /**
     * The label of the first fallback record the paper mentions often enough, or else {@code other}
     * with score 1 − {@code bestScore}. A description the paper lacks counts its mentions double,
     * as it does technique evidence.
     */
    private List<TechniqueLabel> fallbackOrOther(double bestScore, List<Mention> fallbackMentions,
                                                 double missingDescriptionFactor) {
        for (Fallback fallback : taxonomy.fallbacks()) {
            int count = 0;
            for (Mention m : fallbackMentions) {
                count += m.label == fallback.ordinal() ? 1 : 0;
            }
            double weighted = count * missingDescriptionFactor;
            if (weighted >= fallback.minMentions()) {
                double score = round(1 - Math.exp(-weighted * FALLBACK_MENTION_MASS / SCORE_SCALE));
                return List.of(new TechniqueLabel(taxonomy.labels().get(fallback.index()), score,
                        evidence(fallback.ordinal(), fallbackMentions)));
            }
        }
        return List.of(new TechniqueLabel(OTHER, round(1 - bestScore), List.of()));
    }

    /**
     * The main label once the taxonomy's {@code precedes} records are applied: when a secondary label
     * precedes the main one, it becomes the main label and the old one the first secondary.
     */
    private int preceding(int main, List<Integer> secondaries, boolean[] named, boolean[] namedAsMain) {
        int current = main;
        for (Precedence precedence : taxonomy.precedences()) {
            int first = secondaries.indexOf(precedence.first());
            if (current == precedence.second() && first >= 0 && mayLead(precedence.first(), named, namedAsMain)) {
                secondaries.remove(first);
                secondaries.add(0, current);
                current = precedence.first();
            }
        }
        return current;
    }

    /** Whether a label may be the main one: not named only by terms that add it beside another. */
    private static boolean mayLead(int label, boolean[] named, boolean[] namedAsMain) {
        return namedAsMain[label] || !named[label];
    }

    private static final Comparator<Mention> BY_LABEL_FIELD_AND_MASS = Comparator.comparingInt(Mention::label)
            .thenComparing(Mention::field).thenComparing(Comparator.comparingDouble(Mention::mass).reversed());

    private TechniqueLabel label(int label, double score, List<Mention> mentions) {
        return new TechniqueLabel(taxonomy.labels().get(label), score, evidence(label, mentions));
    }

    private void collect(Field field, AnalysedText text, List<Mention> out, int[] suppressorMentions,
                         List<Mention> fallbackMentions, boolean[] inContext) {
        if (text.isEmpty()) {
            return;
        }
        TermMatcher.Matches<?> matches = text.matches();
        int size = matches.size();
        int[] otherSenses = new int[size];
        int otherSenseCount = 0;
        int[] baselines = new int[size];
        int baselineCount = 0;
        int[] owns = new int[size];
        int ownCount = 0;
        int[] suppressors = new int[size];
        int suppressorCount = 0;
        int[] jointParts = new int[size];
        int jointPartCount = 0;
        for (int i = 0; i < size; i++) {
            Object payload = matches.payload(i);
            if (payload instanceof JointPart) {
                jointParts[jointPartCount++] = i;
            } else if (payload instanceof OtherSense) {
                otherSenses[otherSenseCount++] = i;
            } else if (payload instanceof Baseline) {
                baselines[baselineCount++] = matches.start(i);
            } else if (payload instanceof OwnWork) {
                owns[ownCount++] = matches.start(i);
            } else if (payload instanceof Context context) {
                inContext[context.index()] = true;
            } else if (payload instanceof Suppressor) {
                suppressors[suppressorCount++] = i;
            } else if (payload instanceof Fallback f) {
                fallbackMentions.add(new Mention(f.ordinal(), 1, field, false, false, false, false, text.original(),
                        matches.start(i), matches.end(i)));
            }
        }
        Arrays.sort(baselines, 0, baselineCount);
        Arrays.sort(owns, 0, ownCount);
        for (int k = 0; k < suppressorCount; k++) {
            int start = matches.start(suppressors[k]);
            // a topic named as a baseline ("methods such as LoRA") says nothing about what the paper does
            if (baselineCount == 0 || !anyWithin(baselines, baselineCount, text.clauseStart(start), start)) {
                suppressorMentions[((Suppressor) matches.payload(suppressors[k])).ordinal()]++;
            }
        }
        BriefParts briefParts = field == Field.BRIEF ? text.briefParts() : null;
        Cues cues = new Cues(briefParts, owns, ownCount, baselines, baselineCount);
        // matches come ordered by end: the labels already counted at the current end position
        int countedEnd = -1;
        int[] countedLabels = new int[taxonomy.labels().size()];
        int countedCount = 0;
        for (int i = 0; i < size; i++) {
            if (!(matches.payload(i) instanceof Term term) || term.titleOnly() && field != Field.TITLE
                    || inOtherSense(matches, i, term.index(), otherSenses, otherSenseCount, text.folded())) {
                continue;
            }
            int start = matches.start(i);
            if (isPartOfAName(text.original(), start) || startsAName(text.original(), start, matches.end(i))) {
                continue;
            }
            // a shorter term inside a longer term of the same label ("token merg" in "token merging") counts once
            if (matches.end(i) != countedEnd) {
                countedEnd = matches.end(i);
                countedCount = 0;
            }
            if (contains(countedLabels, countedCount, term.index())) {
                continue;
            }
            countedLabels[countedCount++] = term.index();
            out.add(mention(term.index(), term.weight(), term.firm(), term.titleOnly(), field, text,
                    start, matches.end(i), start, cues));
        }
        if (jointPartCount > 1) {
            collectJoints(field, text, matches, jointParts, jointPartCount, cues, out);
        }
    }

    /** Where the cues that weigh a mention stand in one field's text. */
    private record Cues(BriefParts briefParts, int[] owns, int ownCount, int[] baselines, int baselineCount) {
    }

    /**
     * A mention of the text from {@code start} to {@code end}, weighed by where it stands: the title,
     * the brief's part, an abstract sentence with an own-work cue, a clause that introduces a
     * baseline. {@code at} is the position that decides.
     */
    private static Mention mention(int label, double weight, boolean firm, boolean titleOnly, Field field,
                                   AnalysedText text, int start, int end, int at, Cues cues) {
        double placement = switch (field) {
            case TITLE -> TITLE_WEIGHT;
            case BRIEF -> briefWeight(cues.briefParts(), at);
            // the count is tested first: most texts have no such cue, and the boundary searches cost
            case ABSTRACT -> cues.ownCount() > 0
                    && anyWithin(cues.owns(), cues.ownCount(), text.sentenceStart(at), text.sentenceEnd(at))
                    ? ABSTRACT_OWN_WEIGHT : ABSTRACT_WEIGHT;
        };
        boolean inMethod = field == Field.BRIEF && cues.briefParts().isMethod(at);
        if (cues.baselineCount() > 0 && anyWithin(cues.baselines(), cues.baselineCount(), text.clauseStart(at), at)) {
            placement *= BASELINE_FACTOR;
            inMethod = false;
        }
        return new Mention(label, weight * placement, field, weight >= NAMING_WEIGHT, inMethod, firm, titleOnly,
                text.original(), start, end);
    }

    /**
     * Mentions for joint terms: each joint record whose two phrase lists both match in one sentence
     * (in a brief, one part of it) counts once there, weighed where its later phrase stands; its
     * evidence is the text from the first phrase to the second.
     */
    private static void collectJoints(Field field, AnalysedText text, TermMatcher.Matches<?> matches,
                                      int[] parts, int count, Cues cues, List<Mention> out) {
        List<Long> counted = new ArrayList<>(); // record and sentence: one mention each
        for (int b = 0; b < count; b++) {
            JointPart second = (JointPart) matches.payload(parts[b]);
            if (!second.second()) {
                continue;
            }
            for (int a = 0; a < count; a++) {
                JointPart first = (JointPart) matches.payload(parts[a]);
                if (first.second() || first.ordinal() != second.ordinal()
                        || !sameScope(field, text, cues.briefParts(), matches.start(parts[a]),
                        matches.start(parts[b]))) {
                    continue;
                }
                long key = (long) first.ordinal() << 32 | text.sentenceStart(matches.start(parts[b]));
                if (counted.contains(key)) {
                    continue;
                }
                counted.add(key);
                int later = Math.max(matches.start(parts[a]), matches.start(parts[b]));
                int spanStart = Math.min(matches.start(parts[a]), matches.start(parts[b]));
                int spanEnd = Math.max(matches.end(parts[a]), matches.end(parts[b]));
                out.add(mention(first.index(), first.weight(), false, false, field, text, spanStart, spanEnd, later,
                        cues));
                break;
            }
        }
    }

    private static boolean sameScope(Field field, AnalysedText text, BriefParts parts, int one, int other) {
        if (text.sentenceStart(one) != text.sentenceStart(other)) {
            return false;
        }
        return field != Field.BRIEF || parts.partAt(one) == parts.partAt(other);
    }

    /**
     * Mentions for the taxonomy's title patterns: one per pattern found, weighted as a title term.
     * The patterns read what is written with digits (sizes, counts), so a title without a digit, as
     * most are, is spared them: a regex search costs microseconds on a title.
     */
    private void collectTitlePatterns(String title, List<Mention> out) {
        if (!hasDigit(title)) {
            return;
        }
        for (TitlePattern pattern : taxonomy.titlePatterns()) {
            Matcher found = pattern.pattern().matcher(title);
            if (found.find()) {
                out.add(new Mention(pattern.index(), pattern.weight() * TITLE_WEIGHT, Field.TITLE,
                        pattern.weight() >= NAMING_WEIGHT, false, false, false, title, found.start(), found.end()));
            }
        }
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean isSurvey(AnalysedText title) {
        TermMatcher.Matches<?> matches = title.matches();
        for (int i = 0; i < matches.size(); i++) {
            if (matches.payload(i) instanceof Survey) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word of the title ends with a survey suffix after at least one other letter or digit, or
     * after a hyphen in the name before the title's colon: "MT-KVBench", "EffBench-2026", "EdgeLLM-Bench: …"
     * name benchmarks, "… on MT-Bench" is none of the paper's own.
     */
    private boolean namesBenchmark(String foldedTitle) {
        for (String suffix : taxonomy.surveySuffixes()) {
            for (int at = foldedTitle.indexOf(suffix, 1); at >= 0; at = foldedTitle.indexOf(suffix, at + 1)) {
                int end = at + suffix.length();
                boolean wordEnds = end == foldedTitle.length() || !Character.isLetter(foldedTitle.charAt(end));
                // "EdgeLLM-Bench: …" names the paper's own benchmark, "… on MT-Bench" one it is measured on
                boolean namesThePaper = foldedTitle.startsWith(":", end);
                if (wordEnds && (TextFolding.isAsciiWordChar(foldedTitle.charAt(at - 1))
                        || foldedTitle.charAt(at - 1) == '-' && namesThePaper)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "某大学发布了关于量化对多语言能力影响的实证分析论文，…": the brief's first clause, where the reports name
     * what was published, calls the paper a survey, an analysis or an evaluation. Only the survey record's
     * Chinese phrases count there; later clauses describe methods and baselines.
     */
    private static boolean isAnalysisInBriefHead(AnalysedText brief) {
        if (brief.isEmpty()) {
            return false;
        }
        TermMatcher.Matches<?> matches = brief.matches();
        String original = brief.original();
        int headEnd = headEnd(original);
        for (int i = 0; i < matches.size() && matches.start(i) < headEnd; i++) {
            if (matches.payload(i) instanceof Survey && TextFolding.isCjk(original.charAt(matches.start(i)))) {
                return true;
            }
        }
        return false;
    }

    /** Where the brief's first clause ends: its publishers listed with 、 ("甲大学、乙公司发布了…") are one clause. */
    private static int headEnd(String brief) {
        for (int i = 0; i < brief.length(); i++) {
            char c = brief.charAt(i);
            if (c != '、' && Segments.mayEndClause(c) && Segments.endsClause(brief, i)) {
                return i;
            }
        }
        return brief.length();
    }

    /**
     * Whether a phrase in another sense of the label covers the hit. A stem's match ends where the stem
     * does, so a sense ends at the end of its last word: "large kernel*" covers "kernels" in "Large Kernels".
     */
    private static boolean inOtherSense(TermMatcher.Matches<?> matches, int hit, int labelIndex,
                                        int[] otherSenses, int count, String folded) {
        for (int k = 0; k < count; k++) {
            int sense = otherSenses[k];
            // positions first: they are at hand, the sense's payload is one more memory read
            if (matches.start(sense) <= matches.start(hit) && wordEnd(folded, matches.end(sense)) >= matches.end(hit)
                    && ((OtherSense) matches.payload(sense)).covers(labelIndex)) {
                return true;
            }
        }
        return false;
    }

    private static int wordEnd(String folded, int end) {
        while (end < folded.length() && TextFolding.isAsciiWordChar(folded.charAt(end))) {
            end++;
        }
        return end;
    }

    /**
     * A term hyphenated onto a name-like word ("LLaDA-MoE", "R1-Distill", "Qwen3-MoE") is part of a
     * model's name, not the paper's technique. A word is name-like when it holds a digit or a capital
     * after a small letter; "Self-Distillation" and "KV-Quantization" stay techniques.
     */
    private static boolean isPartOfAName(String original, int termStart) {
        if (termStart < 2 || original.charAt(termStart - 1) != '-') {
            return false;
        }
        int wordStart = termStart - 1;
        while (wordStart > 0 && Character.isLetterOrDigit(original.charAt(wordStart - 1))) {
            wordStart--;
        }
        boolean nameLike = false;
        for (int i = wordStart; i < termStart - 1; i++) {
            char c = original.charAt(i);
            nameLike |= Character.isDigit(c)
                    || i > wordStart && Character.isUpperCase(c) && Character.isLowerCase(original.charAt(i - 1));
        }
        return nameLike;
    }

    /**
     * A capitalised term hyphenated onto an all-capitals word ("Dynamic-SUPERB", "Sparse-VLA") opens
     * a name, of a benchmark or a model, not the paper's technique.
     */
    private static boolean startsAName(String original, int termStart, int termEnd) {
        if (termEnd + 3 > original.length() || original.charAt(termEnd) != '-'
                || !Character.isUpperCase(original.charAt(termStart))) {
            return false;
        }
        int capitals = 0;
        int i = termEnd + 1;
        for (; i < original.length() && Character.isLetterOrDigit(original.charAt(i)); i++) {
            char c = original.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            capitals += Character.isUpperCase(c) ? 1 : 0;
        }
        return capitals >= 2;
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    /** Whether any of the first {@code count} sorted positions lies in [from, to). */
    private static boolean anyWithin(int[] sortedPositions, int count, int from, int to) {
        int index = Arrays.binarySearch(sortedPositions, 0, count, from);
        int first = index >= 0 ? index : -index - 1;
        return first < count && sortedPositions[first] < to;
    }

    /** The label's heaviest distinct terms; {@code mentions} are sorted by {@link #BY_LABEL_FIELD_AND_MASS}. */
    private static List<Evidence> evidence(int label, List<Mention> mentions) {
        List<Mention> own = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.label == label) {
                own.add(m);
            }
        }
        // by weight; the sort is stable, so equal ones stay in field order, then in text order
        own.sort(Comparator.comparingDouble(Mention::mass).reversed());
        List<Evidence> evidence = new ArrayList<>(MAX_EVIDENCE);
        String[] terms = new String[MAX_EVIDENCE];
        Field[] fields = new Field[MAX_EVIDENCE];
        for (int i = 0; i < own.size() && evidence.size() < MAX_EVIDENCE; i++) {
            Mention m = own.get(i);
            String term = m.term();
            // the same words in the same field once, whatever their case
            boolean seen = false;
            for (int u = 0; u < evidence.size() && !seen; u++) {
                seen = fields[u] == m.field && terms[u].equalsIgnoreCase(term);
            }
            if (!seen) {
                terms[evidence.size()] = term;
                fields[evidence.size()] = m.field;
                evidence.add(new Evidence(term, m.field.wireName()));
            }
        }
        return evidence;
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    /** How much a term in the brief counts, by the part it stands in. */
    private static double briefWeight(BriefParts parts, int position) {
        return switch (parts.partAt(position)) {
            case HEAD -> BRIEF_HEAD_WEIGHT;
            case METHOD -> BRIEF_METHOD_WEIGHT;
            case PROBLEM -> BRIEF_PROBLEM_WEIGHT;
            case RESULT -> BRIEF_RESULT_WEIGHT;
        };
    }
}
