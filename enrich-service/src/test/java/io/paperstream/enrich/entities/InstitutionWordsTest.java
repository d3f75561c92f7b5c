package io.paperstream.enrich.entities;

import io.paperstream.enrich.text.WordLists;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InstitutionWordsTest {

    @Test
    void everyListTheCodeNamesIsInTheShippedFileWithItsCapitals() {
        assertThat(WordLists.read(InstitutionWords.RESOURCE, InstitutionWords.class))
                .containsOnlyKeys(InstitutionWords.values());
        assertThat(InstitutionWords.LEGAL_FORM.wordSet()).contains("GmbH", "S.p.A.", "Corporation");
        assertThat(InstitutionWords.DESCRIBING_OPENING.words()).contains("an initiative of");
    }
}
