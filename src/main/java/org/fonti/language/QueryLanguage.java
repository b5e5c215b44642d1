package org.fonti.language;

import org.fonti.corpus.Language;

/**
 * The language of a short query. When the query carries no evidence (a bare name such as "Erdogan") or the evidence
 * is balanced, {@code ambiguous} is true and {@code language} is only the caller's fallback: search both languages.
 *
 * @param language   the more likely language (or the fallback when there is no evidence)
 * @param confidence probability-like score in [0.5, 1] that {@code language} is right
 * @param ambiguous  true when the query should be treated as possibly either language
 */
public record QueryLanguage(Language language, double confidence, boolean ambiguous) {
}
