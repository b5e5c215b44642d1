package org.fonti.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The searchable words and quoted phrases of a query, in order, found with the same grammar as the real parse
 * (operators, field filters and wildcards are not words to translate).
 */
final class QueryWords {

    final List<String> words = new ArrayList<>();
    final List<String> phrases = new ArrayList<>();

    private QueryWords() {
    }

    /** The query's words and phrases; empty when it does not parse (the real parse reports the error). */
    static QueryWords of(String query) {
        var found = new QueryWords();
        var recorder = new QueryParser(FontiQueryParser.ANY_FIELD, new KeywordAnalyzer()) {
            @Override
            protected Query getFieldQuery(String field, String text, boolean quoted) {
                record(field, text, quoted);
                return new TermQuery(new Term(field, text));
            }

            @Override
            protected Query getFieldQuery(String field, String text, int slop) {
                record(field, text, true);
                return new TermQuery(new Term(field, text));
            }

            private void record(String field, String text, boolean quoted) {
                String f = field.toLowerCase(Locale.ROOT);
                if (f.equals(FontiQueryParser.ANY_FIELD) || f.equals("text") || f.equals("title")) {
                    (quoted ? found.phrases : found.words).add(text);
                }
            }
        };
        recorder.setSplitOnWhitespace(true);
        try {
            recorder.parse(query);
        } catch (ParseException | RuntimeException e) {
            return new QueryWords();
        }
        return found;
    }

    String joined() {
        var all = new ArrayList<>(words);
        all.addAll(phrases);
        return String.join(" ", all);
    }
}
