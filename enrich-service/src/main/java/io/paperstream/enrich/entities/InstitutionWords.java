package io.paperstream.enrich.entities;

import io.paperstream.enrich.text.WordLists;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists that institution rules check at one place in a name or an affiliation line, from
 * {@code /enrich/institution-words.tsv}: the last word that makes a name a company's, the legal forms
 * dropped, the words of a street address. Curated names and aliases are in {@code institutions.tsv}.
 */
enum InstitutionWords {
    COMPANY_LAST_WORD, ORGANISATION_LAST_WORD, ABBREVIATED_LAST_WORD, UNIT_LAST_WORD, UNIT_NAME_BEGINNING,
    PARENT_WORD, PARENT_ABBREVIATION, LEGAL_FORM, LAB_WORD, ANONYMOUS_PUBLISHER, DESCRIBING_OPENING, STREET_WORD,
    OF_WORD, CONNECTIVE, GENERIC_NAME_WORD;

    static final String RESOURCE = "/enrich/institution-words.tsv";

    List<String> words() {
        return Loaded.LISTS.get(this);
    }

    Set<String> wordSet() {
        return Set.copyOf(words());
    }

    /** Read on first use, so that a broken file fails the first institution read with the file's line. */
    private static final class Loaded {
        static final Map<InstitutionWords, List<String>> LISTS = WordLists.read(RESOURCE, InstitutionWords.class);
    }
}
