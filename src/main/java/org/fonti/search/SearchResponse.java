package org.fonti.search;

import java.util.List;

/** The answer to a search: what was searched, how many articles match, one page of hits, and facets. */
public record SearchResponse(QueryInfo query, long total, int page, int size, List<SearchHit> hits, Facets facets) {

    /**
     * How the query was understood: its language ({@code langDetected} when not given), the default operator,
     * whether it was also searched in the other language, each term's translations, and the Lucene query.
     */
    public record QueryInfo(String q, String lang, boolean langDetected, String operator, boolean cross,
                            List<Interpretation> interpretations, String parsed) {
    }
}
