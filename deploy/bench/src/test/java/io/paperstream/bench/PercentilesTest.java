package io.paperstream.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankOverTheFilledPartOfTheArray() {
        long[] nanos = new long[120];
        for (int i = 0; i < 100; i++) {
            nanos[i] = (100 - i) * 1_000_000L; // 100 ms down to 1 ms, unsorted on purpose
        }
        Percentiles p = Percentiles.of(nanos, 100);

        assertThat(p.count()).isEqualTo(100);
        assertThat(p.millis(50)).isEqualTo(50.0);
        assertThat(p.millis(99)).isEqualTo(99.0);
        assertThat(p.millis(100)).isEqualTo(100.0);
        assertThat(p.maxMillis()).isEqualTo(100.0);
    }

    @Test
    void noSamplesGiveNaN() {
        assertThat(Percentiles.of(new long[0], 0).millis(50)).isNaN();
    }
}
