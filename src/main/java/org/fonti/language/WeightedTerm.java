package org.fonti.language;

/**
 * A translation candidate: a word or phrase (as written in the lexicon, with accents) and its weight in (0, 1].
 */
public record WeightedTerm(String term, double weight) {

    /** True when the term has more than one word and should be searched as a phrase. */
    public boolean isPhrase() {
        return term.indexOf(' ') > 0;
    }
}
