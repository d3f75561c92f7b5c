package io.paperstream.enrich.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentsTest {

    @Test
    void parenthesesAroundAGlossDoNotEndTheClauseButAroundNumbersTheyDo() {
        String gloss = "有效吞吐(goodput)提升2.3倍";
        assertThat(Segments.endsClause(gloss, gloss.indexOf('('))).isFalse();
        assertThat(Segments.endsClause(gloss, gloss.indexOf(')'))).isFalse();
        String aside = "accuracy rises (from 71.2% to 74.0%) while";
        assertThat(Segments.endsClause(aside, aside.indexOf('('))).isTrue();
        assertThat(Segments.endsClause(aside, aside.indexOf(')'))).isTrue();
        String unclosed = "the model (which we call";
        assertThat(Segments.endsClause(unclosed, unclosed.indexOf('('))).isTrue();
    }

    @Test
    void aCommaBetweenDigitsAndADotInAnAbbreviationEndNothing() {
        assertThat(Segments.endsClause("10,000 tokens", 2)).isFalse();
        assertThat(Segments.endsSentence("e.g. this", 3)).isFalse();
        assertThat(Segments.endsSentence("it works. Then", 8)).isTrue();
    }
}
