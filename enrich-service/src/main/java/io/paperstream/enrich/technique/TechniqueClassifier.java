package io.paperstream.enrich.technique;

import io.paperstream.enrich.PaperText;
import io.paperstream.enrich.technique.TechniqueTaxonomy.Baseline;
import io.paperstream.enrich.technique.TechniqueTaxonomy.Cue;
import io.paperstream.enrich.technique.TechniqueTaxonomy.OtherSense;
import io.paperstream.enrich.technique.TechniqueTaxonomy.OwnWork;
import io.paperstream.enrich.technique.TechniqueTaxonomy.Suppressor;
import io.paperstream.enrich.technique.TechniqueTaxonomy.Term;
import io.paperstream.enrich.text.Field;
import io.paperstream.enrich.text.Segments;
import io.paperstream.enrich.text.TermMatcher.Hit;
import io.paperstream.enrich.text.TextFolding;
import io.paperstream.schemas.Evidence;
import io.paperstream.schemas.TechniqueLabel;

import java.util.ArrayList;
import java.util.Comparator;
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
    private static final double SUPPRESSED_FACTOR = 0.25;
    private static final int SUPPRESSOR_MIN_MENTIONS = 2;
    /** Raw evidence mass at which a score reaches 1 - 1/e. */
    private static final double SCORE_SCALE = 2.2;
    private static final double MIN_SCORE = 0.42;
    /** A secondary label must be at least this fraction of the main label's score. */
    private static final double MIN_SHARE_OF_MAIN = 0.45;
    private static final int MAX_EVIDENCE = 6;

    private final TechniqueTaxonomy taxonomy;

    public TechniqueClassifier(TechniqueTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public static TechniqueClassifier fromClasspath() {
        return new TechniqueClassifier(TechniqueTaxonomy.fromClasspath());
    }

    private record Mention(String label, double mass, String term, Field field) {
    }

    public List<TechniqueLabel> classify(PaperText paper) {
        List<Mention> mentions = new ArrayList<>();
        Map<String, Integer> suppressorCounts = new HashMap<>();
        collect(Field.TITLE, paper.title(), mentions, suppressorCounts);
        collect(Field.BRIEF, paper.brief(), mentions, suppressorCounts);
        collect(Field.ABSTRACT, paper.abstractText(), mentions, suppressorCounts);

        Map<String, Map<Field, List<Mention>>> byLabel = new HashMap<>();
        for (Mention m : mentions) {
            byLabel.computeIfAbsent(m.label, k -> new HashMap<>())
                    .computeIfAbsent(m.field, k -> new ArrayList<>()).add(m);
        }
        List<TechniqueLabel> labels = new ArrayList<>();
        for (Map.Entry<String, Map<Field, List<Mention>>> entry : byLabel.entrySet()) {
            double mass = 0;
            List<Mention> all = new ArrayList<>();
            for (List<Mention> inField : entry.getValue().values()) {
                inField.sort(Comparator.comparingDouble(Mention::mass).reversed());
                double share = 1;
                for (Mention m : inField) {
                    mass += m.mass * share;
                    share /= 2;
                }
                all.addAll(inField);
            }
            if (suppressorCounts.getOrDefault(entry.getKey(), 0) >= SUPPRESSOR_MIN_MENTIONS) {
                mass *= SUPPRESSED_FACTOR;
            }
            double score = 1 - Math.exp(-mass / SCORE_SCALE);
            labels.add(new TechniqueLabel(entry.getKey(), round(score), evidence(all)));
        }
        labels.sort(Comparator.comparingDouble(TechniqueLabel::getScore).reversed()
                .thenComparing(l -> l.getId().toString()));
        double main = labels.isEmpty() ? 0 : labels.get(0).getScore();
        List<TechniqueLabel> kept = labels.stream()
                .filter(l -> l.getScore() >= MIN_SCORE && l.getScore() >= main * MIN_SHARE_OF_MAIN)
                .toList();
        if (kept.isEmpty()) {
            return List.of(new TechniqueLabel(OTHER, round(1 - main), List.of()));
        }
        return kept;
    }

    private void collect(Field field, String text, List<Mention> out, Map<String, Integer> suppressorCounts) {
        if (text == null || text.isBlank()) {
            return;
        }
        String folded = TextFolding.fold(text);
        List<Hit<Cue>> hits = taxonomy.matcher().findAll(folded);
        List<Hit<Cue>> otherSenses = new ArrayList<>();
        List<Integer> baselinePositions = new ArrayList<>();
        List<Integer> ownPositions = new ArrayList<>();
        for (Hit<Cue> hit : hits) {
            Cue payload = hit.payload();
            if (payload instanceof OtherSense) {
                otherSenses.add(hit);
            } else if (payload instanceof Baseline) {
                baselinePositions.add(hit.start());
            } else if (payload instanceof OwnWork) {
                ownPositions.add(hit.start());
            } else if (payload instanceof Suppressor s) {
                suppressorCounts.merge(s.label(), 1, Integer::sum);
            }
        }
        BriefParts briefParts = field == Field.BRIEF ? BriefParts.of(folded) : null;
        Set<Long> seenSpans = new HashSet<>();
        for (Hit<Cue> hit : hits) {
            if (!(hit.payload() instanceof Term term) || inOtherSense(hit, term.label(), otherSenses)) {
                continue;
            }
            // a shorter term inside a longer term of the same label ("token merg" in "token merging") counts once
            if (!seenSpans.add(((long) term.label().hashCode() << 32) | hit.end())) {
                continue;
            }
            double placement = switch (field) {
                case TITLE -> TITLE_WEIGHT;
                case BRIEF -> briefParts.weightAt(hit.start());
                case ABSTRACT -> inSameSentence(folded, hit.start(), ownPositions) ? ABSTRACT_OWN_WEIGHT : ABSTRACT_WEIGHT;
            };
            if (inSameClauseBefore(folded, hit.start(), baselinePositions)) {
                placement *= BASELINE_FACTOR;
            }
            out.add(new Mention(term.label(), term.weight() * placement, text.substring(hit.start(), hit.end()), field));
        }
    }

    private static boolean inOtherSense(Hit<Cue> hit, String label, List<Hit<Cue>> otherSenses) {
        for (Hit<Cue> sense : otherSenses) {
            OtherSense s = (OtherSense) sense.payload();
            if ((s.label().equals(label) || s.label().equals("*"))
                    && sense.start() <= hit.start() && sense.end() >= hit.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean inSameClauseBefore(String text, int position, List<Integer> cues) {
        int clauseStart = Segments.clauseStart(text, position);
        for (int cue : cues) {
            if (cue >= clauseStart && cue < position) {
                return true;
            }
        }
        return false;
    }

    private static boolean inSameSentence(String text, int position, List<Integer> cues) {
        int start = Segments.sentenceStart(text, position);
        int end = Segments.sentenceEnd(text, position);
        for (int cue : cues) {
            if (cue >= start && cue < end) {
                return true;
            }
        }
        return false;
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
