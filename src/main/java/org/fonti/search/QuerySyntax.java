package org.fonti.search;

import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.QueryParserBase;

/** Helpers for turning free text into a query of Fonti's syntax. */
public final class QuerySyntax {

    private static final Pattern OPERATOR_WORD = Pattern.compile("\\b(AND|OR|NOT|TO)\\b");

    private QuerySyntax() {
    }

    /** {@code text} as a query of plain words: every syntax character escaped, operator words lower-cased. */
    public static String asWords(String text) {
        String escaped = QueryParserBase.escape(text.strip());
        return OPERATOR_WORD.matcher(escaped).replaceAll(m -> m.group(1).toLowerCase(java.util.Locale.ROOT));
    }
}
