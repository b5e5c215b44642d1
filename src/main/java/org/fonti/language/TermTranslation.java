package org.fonti.language;

import java.util.List;

/**
 * The translations of one query term: a single token, or a phrase spanning tokens {@code firstToken..lastToken}
 * (inclusive, indices into the caller's token list).
 *
 * @param source     the tokens as typed, joined by single spaces
 * @param firstToken index of the first token covered
 * @param lastToken  index of the last token covered
 * @param targets    translations, best first
 */
public record TermTranslation(String source, int firstToken, int lastToken, List<WeightedTerm> targets) {

    public TermTranslation {
        targets = List.copyOf(targets);
    }

    /** True when the term spans more than one token. */
    public boolean isPhrase() {
        return lastToken > firstToken;
    }
}
