package org.fonti.search;

import java.util.List;

/** An entity as listed by the entities endpoint: canonical name, type, articles mentioning it, and its spellings. */
public record EntityInfo(String canonical, String type, int articles, List<FacetValue> variants) {
}
