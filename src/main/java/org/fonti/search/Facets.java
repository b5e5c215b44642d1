package org.fonti.search;

import java.util.List;
import java.util.Map;

/** Counts over all the articles matching a query: top entities per type, and publication years. */
public record Facets(Map<String, List<FacetValue>> entities, List<FacetValue> years) {
}
