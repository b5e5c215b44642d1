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
 * @param mentionedFrom earliest date mentioned in the text (any precision), or null
 * @param mentionedTo   latest date mentioned in the text (any precision), or null
 * @param entities  entity filters, each "TYPE:name" or "name"; all must match
 * @param sort      order of the hits
 * @param operator  how the query's words combine when no operator is written
 * @param cross     whether the query is also searched in the other language, through the lexicon
 */
public record SearchRequest(String query, Language language, int page, int size, IsoDate from, IsoDate to,
                            IsoDate mentionedFrom, IsoDate mentionedTo, List<String> entities, Sort sort,
                            Operator operator, boolean cross) {

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
        if (mentionedFrom != null && mentionedTo != null && mentionedFrom.firstDay().isAfter(mentionedTo.lastDay())) {
            throw new IllegalArgumentException("mentioned_from (" + mentionedFrom + ") is after mentioned_to (" + mentionedTo + ")");
        }
        entities = entities == null ? List.of() : List.copyOf(entities);
        sort = sort == null ? Sort.RELEVANCE : sort;
        operator = operator == null ? Operator.AND : operator;
    }

    public static SearchRequest of(String query) {
        return builder(query).build();
    }

    public static Builder builder(String query) {
        return new Builder(query);
    }

    /** Builds a request from the defaults: page 1 of 10, relevance, AND, cross-lingual, no filters. */
    public static final class Builder {
        private final String query;
        private Language language;
        private int page = 1;
        private int size = 10;
        private IsoDate from;
        private IsoDate to;
        private IsoDate mentionedFrom;
        private IsoDate mentionedTo;
        private List<String> entities = List.of();
        private Sort sort = Sort.RELEVANCE;
        private Operator operator = Operator.AND;
        private boolean cross = true;

        private Builder(String query) {
            this.query = query;
        }

        public Builder language(Language value) { language = value; return this; }
        public Builder page(int value) { page = value; return this; }
        public Builder size(int value) { size = value; return this; }
        public Builder published(IsoDate fromDate, IsoDate toDate) { from = fromDate; to = toDate; return this; }
        public Builder mentioned(IsoDate fromDate, IsoDate toDate) { mentionedFrom = fromDate; mentionedTo = toDate; return this; }
        public Builder entities(List<String> value) { entities = value; return this; }
        public Builder sort(Sort value) { sort = value; return this; }
        public Builder operator(Operator value) { operator = value; return this; }
        public Builder cross(boolean value) { cross = value; return this; }

        public SearchRequest build() {
            return new SearchRequest(query, language, page, size, from, to, mentionedFrom, mentionedTo, entities, sort,
                    operator, cross);
        }
    }
}
