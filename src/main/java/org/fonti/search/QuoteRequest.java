package org.fonti.search;

import org.fonti.corpus.IsoDate;
import org.fonti.corpus.Language;

/**
 * A search among quotations: words inside the quotes ({@code query}, optional), who said them ({@code speaker},
 * any spelling of the name, optional), when the article was published, in which language the query is.
 */
public record QuoteRequest(String query, String speaker, IsoDate from, IsoDate to, Language language, int page,
                           int size, boolean cross) {

    public QuoteRequest {
        if (page < 1 || page > SearchRequest.MAX_PAGE) {
            throw new IllegalArgumentException("page must be between 1 and " + SearchRequest.MAX_PAGE);
        }
        if (size < 0 || size > SearchRequest.MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 0 and " + SearchRequest.MAX_SIZE);
        }
        if (from != null && to != null && from.firstDay().isAfter(to.lastDay())) {
            throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
        }
        query = query == null || query.isBlank() ? null : query;
        speaker = speaker == null || speaker.isBlank() ? null : speaker;
    }
}
