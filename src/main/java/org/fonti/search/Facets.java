package org.fonti.search;

import java.util.List;
import java.util.Map;

/**
 * Counts over all the articles matching a query: top entities per type; publication years and months
 * (histograms, in time order); and the years that dates mentioned in the texts fall in.
 */
public record Facets(Map<String, List<FacetValue>> entities, List<FacetValue> years, List<FacetValue> months,
                     List<FacetValue> mentionedYears) {
}
