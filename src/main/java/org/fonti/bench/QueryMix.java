package org.fonti.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed query mix: eight kinds of query, four of each, interleaved so that any run of 8 consecutive requests
 * has one of each kind. Everything is picked deterministically from the corpus's own statistics, the sentence
 * pool and the entity facets of Fonti's index, so the same corpus always gives the same mix.
 */
public final class QueryMix {

    public static final List<String> KINDS = List.of("word-high", "word-mid", "word-low", "phrase", "name",
            "date-filter", "entity-filter", "english");
    static final int PER_KIND = 4;

    /** Questions a journalist might type in English about Italian news (answered by Fonti's query translation). */
    static final List<String> ENGLISH = List.of("government", "european parliament", "economic crisis", "president");
    static final List<String[]> DATE_RANGES = List.of(
            new String[] {"2016-01-01", "2016-12-31"},
            new String[] {"2019-03-01", "2019-09-30"},
            new String[] {"2021-01-01", "2023-12-31"},
            new String[] {"2025-06-01", "2025-12-31"});

    private QueryMix() {
    }

    /**
     * @param stats    document frequencies of the synthetic corpus
     * @param bigrams  frequent adjacent word pairs of the sentence pool, most frequent first
     * @param entities entity names from Fonti's facets ("TYPE:name"), most frequent first; the mix uses 4
     */
    public static List<BenchQuery> build(TermStatistics stats, List<String> bigrams, List<String> entities) {
        int n = stats.documents();
        List<String> frequent = stats.byFrequency();
        var byKind = new LinkedHashMap<String, List<BenchQuery>>();
        KINDS.forEach(kind -> byKind.put(kind, new ArrayList<>()));

        for (int rank : new int[] {0, 4, 8, 12}) {
            byKind.get("word-high").add(BenchQuery.plain("word-high", frequent.get(Math.min(rank, frequent.size() - 1))));
        }
        stats.nearFrequency(Math.max(2, n / 100), PER_KIND).forEach(w -> byKind.get("word-mid").add(BenchQuery.plain("word-mid", w)));
        stats.nearFrequency(Math.max(2, n / 2000), PER_KIND).forEach(w -> byKind.get("word-low").add(BenchQuery.plain("word-low", w)));
        for (int rank : new int[] {0, 3, 8, 20}) {
            byKind.get("phrase").add(BenchQuery.plain("phrase", "\"" + bigrams.get(Math.min(rank, bigrams.size() - 1)) + "\""));
        }
        for (int rank : new int[] {0, 3, 9, 24}) {
            byKind.get("name").add(BenchQuery.plain("name", NewsNames.NAMES.get(rank).text()));
        }
        for (int i = 0; i < PER_KIND; i++) {
            String[] range = DATE_RANGES.get(i);
            // Mid-frequency words under a date filter: the filter is what is measured, not a huge match set.
            String word = frequent.get(Math.min(20 + 10 * i, frequent.size() - 1));
            byKind.get("date-filter").add(new BenchQuery("date-filter", word, range[0], range[1], null));
        }
        for (int i = 0; i < PER_KIND && i < entities.size(); i++) {
            String word = frequent.get(Math.min(1 + 5 * i, frequent.size() - 1));
            byKind.get("entity-filter").add(new BenchQuery("entity-filter", word, null, null, entities.get(i)));
        }
        ENGLISH.forEach(q -> byKind.get("english").add(BenchQuery.plain("english", q)));
        return interleave(byKind);
    }

    private static List<BenchQuery> interleave(Map<String, List<BenchQuery>> byKind) {
        var mix = new ArrayList<BenchQuery>();
        for (int i = 0; i < PER_KIND; i++) {
            for (List<BenchQuery> queries : byKind.values()) {
                if (i < queries.size()) {
                    mix.add(queries.get(i));
                }
            }
        }
        return List.copyOf(mix);
    }
}
