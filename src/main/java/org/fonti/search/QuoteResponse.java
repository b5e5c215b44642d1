package org.fonti.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a quotation search. {@code totalIsLowerBound} is true when more articles matched than were
 * scanned for quotations (see {@link SearchService#MAX_QUOTE_ARTICLES}).
 */
public record QuoteResponse(SearchResponse.QueryInfo query, long total, boolean totalIsLowerBound, int page, int size,
                            List<QuoteHit> hits, Map<String, List<FacetValue>> facets) {
}
