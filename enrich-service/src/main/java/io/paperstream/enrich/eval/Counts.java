package io.paperstream.enrich.eval;

/** True positives, false positives and false negatives for one label or claim kind. */
public final class Counts {
    private int truePositives;
    private int falsePositives;
    private int falseNegatives;

    void add(int tp, int fp, int fn) {
        truePositives += tp;
        falsePositives += fp;
        falseNegatives += fn;
    }

    void add(Counts other) {
        add(other.truePositives, other.falsePositives, other.falseNegatives);
    }

    public int truePositives() {
        return truePositives;
    }

    public int falsePositives() {
        return falsePositives;
    }

    public int falseNegatives() {
        return falseNegatives;
    }

    public double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    public double recall() {
        int expected = truePositives + falseNegatives;
        return expected == 0 ? 1.0 : (double) truePositives / expected;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
