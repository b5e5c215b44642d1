package org.fonti.search;

import java.util.List;

/** The answer to a search: what was searched, how many articles match, one page of hits, and facets. */
public record SearchResponse(QueryInfo query, long total, int page, int size, List<SearchHit> hits, Facets facets) {

    /** How the query was understood. */
    public record QueryInfo(String q, String lang, String operator, String parsed) {
    }
}
