package org.fonti.search;

import java.util.List;
import org.fonti.language.WeightedTerm;

/**
 * How one query term was carried into the other language, so the journalist can see (and correct) what was
 * searched: {@code source} as typed, from {@code from} into {@code to}, and the translations used with their weights.
 */
public record Interpretation(String source, String from, String to, List<WeightedTerm> translations) {
}
