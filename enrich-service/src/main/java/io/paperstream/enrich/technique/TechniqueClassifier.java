package io.paperstream.enrich.technique;

import io.paperstream.enrich.PaperText;
import io.paperstream.enrich.technique.TechniqueTaxonomy.Baseline;
import io.paperstream.enrich.technique.TechniqueTaxonomy.OtherSense;
import io.paperstream.enrich.technique.TechniqueTaxonomy.OwnWork;
import io.paperstream.enrich.technique.TechniqueTaxonomy.Suppressor;
import io.paperstream.enrich.technique.TechniqueTaxonomy.Term;
import io.paperstream.enrich.text.AnalysedPaper;
import io.paperstream.enrich.text.AnalysedText;
import io.paperstream.enrich.text.Field;
import io.paperstream.enrich.text.TermMatcher;
import io.paperstream.schemas.Evidence;
import io.paperstream.schemas.TechniqueLabel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    /** A secondary label must be at least this fraction of the main label's score. */
    private static final double MIN_SHARE_OF_MAIN = 0.45;
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

    private final TechniqueTaxonomy taxonomy;

    public TechniqueClassifier(TechniqueTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public static TechniqueClassifier fromClasspath() {
        return new TechniqueClassifier(TechniqueTaxonomy.fromClasspath());
    }

    /** One counted term occurrence; {@code named} when the term names the technique (weight at least {@link #NAMING_WEIGHT}). */
    private record Mention(String label, double mass, String term, Field field, boolean named) {
    }

    /**
     * A label being decided. One supported by hint words only ("lightweight", "dynamic", "diffusion
     * model") is a weaker claim. Evidence is gathered only for the labels that are kept.
     */
    private record Candidate(String id, double score, boolean named, List<Mention> mentions) {
        TechniqueLabel label() {
            return new TechniqueLabel(id, score, evidence(mentions));
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
        List<Mention> mentions = new ArrayList<>();
        // each suppressing topic and how often the paper mentions it
        Map<Suppressor, Integer> suppressors = new HashMap<>();
        collect(Field.TITLE, paper.title(), mentions, suppressors);
        collect(Field.BRIEF, paper.brief(), mentions, suppressors);
        collect(Field.ABSTRACT, paper.abstractText(), mentions, suppressors);

        Map<String, Map<Field, List<Mention>>> byLabel = new HashMap<>();
        for (Mention m : mentions) {
            byLabel.computeIfAbsent(m.label, k -> new EnumMap<>(Field.class))
                    .computeIfAbsent(m.field, k -> new ArrayList<>()).add(m);
        }
        Map<String, Double> masses = new HashMap<>();
        for (Map.Entry<String, Map<Field, List<Mention>>> entry : byLabel.entrySet()) {
            double mass = 0;
            for (List<Mention> inField : entry.getValue().values()) {
                inField.sort(Comparator.comparingDouble(Mention::mass).reversed());
                double share = 1;
                for (Mention m : inField) {
                    mass += m.mass * share;
                    share /= 2;
                }
            }
            if (!paper.abstractText().isEmpty() && entry.getValue().keySet().equals(Set.of(Field.BRIEF))) {
                mass *= UNCORROBORATED_FACTOR;
            }
            masses.merge(entry.getKey(), mass, Double::sum);
        }
        for (Suppressor suppressor : suppressors.keySet()) {
            Double mass = masses.get(suppressor.label());
            if (mass != null && suppressors.get(suppressor) >= SUPPRESSOR_MIN_MENTIONS) {
                masses.put(suppressor.label(), mass * SUPPRESSED_FACTOR);
                if (suppressor.describes() != null && masses.containsKey(suppressor.describes())) {
                    masses.merge(suppressor.describes(), mass * (1 - SUPPRESSED_FACTOR), Double::sum);
                }
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Map.Entry<String, Map<Field, List<Mention>>> entry : byLabel.entrySet()) {
            boolean named = false;
            List<Mention> all = new ArrayList<>();
            for (List<Mention> inField : entry.getValue().values()) {
                for (Mention m : inField) {
                    named |= m.named;
                }
                all.addAll(inField);
            }
            double score = 1 - Math.exp(-masses.get(entry.getKey()) / SCORE_SCALE);
            candidates.add(new Candidate(entry.getKey(), round(score), named, all));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::id));
        double best = candidates.isEmpty() ? 0 : candidates.get(0).score;
        // the main technique is the best-scoring label that a term names, or hints strongly enough at
        Candidate main = candidates.stream()
                .filter(c -> c.score >= MIN_SCORE && (c.named || c.score >= MIN_HINTED_MAIN_SCORE))
                .findFirst().orElse(null);
        if (main == null) {
            return List.of(new TechniqueLabel(OTHER, round(1 - best), List.of()));
        }
        double mainScore = main.score;
        List<TechniqueLabel> kept = new ArrayList<>();
        kept.add(main.label());
        for (Candidate c : candidates) {
            // a secondary technique must be named, not only hinted at
            if (c != main && c.named && c.score >= MIN_SCORE && c.score >= mainScore * MIN_SHARE_OF_MAIN) {
                kept.add(c.label());
            }
        }
        kept.sort(Comparator.comparingDouble(TechniqueLabel::getScore).reversed()
                .thenComparing(l -> l.getId().toString()));
        return kept;
    }

    private void collect(Field field, AnalysedText text, List<Mention> out, Map<Suppressor, Integer> suppressors) {
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
        for (int i = 0; i < size; i++) {
            Object payload = matches.payload(i);
            if (payload instanceof OtherSense) {
                otherSenses[otherSenseCount++] = i;
            } else if (payload instanceof Baseline) {
                baselines[baselineCount++] = matches.start(i);
            } else if (payload instanceof OwnWork) {
                owns[ownCount++] = matches.start(i);
            } else if (payload instanceof Suppressor s) {
                suppressors.merge(s, 1, Integer::sum);
            }
        }
        Arrays.sort(baselines, 0, baselineCount);
        Arrays.sort(owns, 0, ownCount);
        BriefParts briefParts = field == Field.BRIEF ? BriefParts.of(text.folded()) : null;
        Set<Long> seenSpans = new HashSet<>();
        for (int i = 0; i < size; i++) {
            if (!(matches.payload(i) instanceof Term term)
                    || inOtherSense(matches, i, term.label(), otherSenses, otherSenseCount)) {
                continue;
            }
            int start = matches.start(i);
            if (isPartOfAName(text.original(), start)) {
                continue;
            }
            // a shorter term inside a longer term of the same label ("token merg" in "token merging") counts once
            if (!seenSpans.add(((long) term.label().hashCode() << 32) | matches.end(i))) {
                continue;
            }
            double placement = switch (field) {
                case TITLE -> TITLE_WEIGHT;
                case BRIEF -> briefParts.weightAt(start);
                case ABSTRACT -> anyWithin(owns, ownCount, text.sentenceStart(start), text.sentenceEnd(start))
                        ? ABSTRACT_OWN_WEIGHT : ABSTRACT_WEIGHT;
            };
            if (anyWithin(baselines, baselineCount, text.clauseStart(start), start)) {
                placement *= BASELINE_FACTOR;
            }
            out.add(new Mention(term.label(), term.weight() * placement,
                    text.original().substring(start, matches.end(i)), field, term.weight() >= NAMING_WEIGHT));
        }
    }

    private static boolean inOtherSense(TermMatcher.Matches<?> matches, int hit, String label,
                                        int[] otherSenses, int count) {
        for (int k = 0; k < count; k++) {
            int sense = otherSenses[k];
            String senseLabel = ((OtherSense) matches.payload(sense)).label();
            if ((senseLabel.equals(label) || senseLabel.equals("*"))
                    && matches.start(sense) <= matches.start(hit) && matches.end(sense) >= matches.end(hit)) {
                return true;
            }
        }
        return false;
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

    /** Whether any of the first {@code count} sorted positions lies in [from, to). */
    private static boolean anyWithin(int[] sortedPositions, int count, int from, int to) {
        int index = Arrays.binarySearch(sortedPositions, 0, count, from);
        int first = index >= 0 ? index : -index - 1;
        return first < count && sortedPositions[first] < to;
    }

    private static List<Evidence> evidence(List<Mention> mentions) {
        Set<String> seen = new LinkedHashSet<>();
        List<Evidence> evidence = new ArrayList<>();
        mentions.stream().sorted(Comparator.comparingDouble(Mention::mass).reversed()).forEach(m -> {
            if (evidence.size() < MAX_EVIDENCE && seen.add(m.field + "|" + m.term.toLowerCase())) {
                evidence.add(new Evidence(m.term, m.field.wireName()));
            }
        });
        return evidence;
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    /**
     * The parts of a brief, which follows the pattern "X发布了…论文，使用[method]，解决了[problem]，达成了[result]".
     * Without the markers the whole brief counts as method.
     */
    private record BriefParts(int methodStart, int problemStart, int resultStart) {

        static BriefParts of(String brief) {
            int method = firstOf(brief, 0, "使用", "采用", "提出", "利用", "通过", "基于");
            int from = Math.max(method, 0);
            int problem = firstOf(brief, from, "解决了", "解决");
            int result = firstOf(brief, Math.max(problem, from), "达成", "实现了", "取得", "在多个", "达到");
            return new BriefParts(Math.max(method, 0), problem < 0 ? brief.length() : problem,
                    result < 0 ? brief.length() : result);
        }

        private static int firstOf(String text, int from, String... markers) {
            int best = -1;
            for (String marker : markers) {
                int at = text.indexOf(marker, from);
                if (at >= 0 && (best < 0 || at < best)) {
                    best = at;
                }
            }
            return best;
        }

        double weightAt(int position) {
            if (position < methodStart) {
                return BRIEF_HEAD_WEIGHT;
            }
            if (position < problemStart) {
                return BRIEF_METHOD_WEIGHT;
            }
            if (position < resultStart) {
                return BRIEF_PROBLEM_WEIGHT;
            }
            return BRIEF_RESULT_WEIGHT;
        }
    }
}
