package org.fonti.search;

import java.util.List;
import java.util.Map;

/**
 * Counts over the articles matching a query: top entities per type; publication years and months (histograms,
 * in time order); and the years that dates mentioned in the texts fall in. When a query matches very many
 * articles the counts are estimated from one article in {@code sampledOneIn} (scaled up); 1 means exact.
 */
public record Facets(Map<String, List<FacetValue>> entities, List<FacetValue> years, List<FacetValue> months,
                     List<FacetValue> mentionedYears, int sampledOneIn) {
}
