package org.fonti.search;

import java.util.List;
import org.fonti.corpus.IsoDate;
import org.fonti.corpus.Language;

/**
 * A search as the user asked for it.
 *
 * @param query     the query in Fonti's syntax
 * @param language  the query's language, or null to detect it
 * @param page      1-based page number
 * @param size      hits per page
 * @param from      earliest publication date (inclusive, any precision), or null
 * @param to        latest publication date (inclusive, any precision), or null
 * @param entities  entity filters, each "TYPE:name" or "name"; all must match
 * @param sort      order of the hits
 * @param operator  how the query's words combine when no operator is written
 * @param cross     whether the query is also searched in the other language, through the lexicon
 */
public record SearchRequest(String query, Language language, int page, int size, IsoDate from, IsoDate to,
                            List<String> entities, Sort sort, Operator operator, boolean cross) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 1000;

    public enum Sort { RELEVANCE, DATE, DATE_ASC }

    public enum Operator { AND, OR }

    public SearchRequest {
        if (page < 1 || page > MAX_PAGE) {
            throw new IllegalArgumentException("page must be between 1 and " + MAX_PAGE);
        }
        if (size < 0 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 0 and " + MAX_SIZE);
        }
        if (from != null && to != null && from.firstDay().isAfter(to.lastDay())) {
            throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
        }
        entities = entities == null ? List.of() : List.copyOf(entities);
        sort = sort == null ? Sort.RELEVANCE : sort;
        operator = operator == null ? Operator.AND : operator;
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, 1, 10, null, null, List.of(), Sort.RELEVANCE, Operator.AND, true);
    }
}
