package org.fonti.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.fonti.index.Fields;
import org.fonti.tagging.EntityType;

/** Counts entity and year facets over every matching article, from doc values. */
final class FacetCounter implements CollectorManager<FacetCounter.Counts, Facets> {

    private final int topEntities;
    private final java.util.function.Function<String, String> canonicalOfKey;

    /** @param canonicalOfKey the corpus-wide canonical name of an article-level "TYPE:canonical" key */
    FacetCounter(int topEntities, java.util.function.Function<String, String> canonicalOfKey) {
        this.topEntities = topEntities;
        this.canonicalOfKey = canonicalOfKey;
    }

    @Override
    public Counts newCollector() {
        return new Counts();
    }

    @Override
    public Facets reduce(Collection<Counts> collectors) {
        var entityTotals = new EnumMap<EntityType, Map<String, Integer>>(EntityType.class);
        var yearTotals = new HashMap<Integer, Integer>();
        var monthTotals = new HashMap<Integer, Integer>();
        var mentionedTotals = new HashMap<Integer, Integer>();
        for (Counts counts : collectors) {
            counts.entities.forEach((type, values) -> values.forEach((value, n) ->
                    entityTotals.computeIfAbsent(type, t -> new HashMap<>())
                            .merge(canonicalOfKey.apply(type.name() + ":" + value), n, Integer::sum)));
            counts.years.forEach((year, n) -> yearTotals.merge(year, n, Integer::sum));
            counts.months.forEach((month, n) -> monthTotals.merge(month, n, Integer::sum));
            counts.mentionedYears.forEach((year, n) -> mentionedTotals.merge(year, n, Integer::sum));
        }
        var entities = new LinkedHashMap<String, List<FacetValue>>();
        for (EntityType type : EntityType.values()) {
            entities.put(type.name(), top(entityTotals.getOrDefault(type, Map.of()), topEntities));
        }
        return new Facets(entities, histogram(yearTotals, String::valueOf),
                histogram(monthTotals, m -> "%04d-%02d".formatted(m / 100, m % 100)),
                histogram(mentionedTotals, String::valueOf));
    }

    private static List<FacetValue> histogram(Map<Integer, Integer> counts, java.util.function.IntFunction<String> label) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new FacetValue(label.apply(e.getKey()), e.getValue()))
                .toList();
    }

    private static List<FacetValue> top(Map<String, Integer> counts, int n) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n)
                .map(e -> new FacetValue(e.getKey(), e.getValue()))
                .toList();
    }

    static final class Counts implements Collector {
        private final Map<EntityType, Map<String, Integer>> entities = new EnumMap<>(EntityType.class);
        private final Map<Integer, Integer> years = new HashMap<>();
        private final Map<Integer, Integer> months = new HashMap<>();
        private final Map<Integer, Integer> mentionedYears = new HashMap<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            var perType = new EnumMap<EntityType, SortedSetDocValues>(EntityType.class);
            var ordCounts = new EnumMap<EntityType, int[]>(EntityType.class);
            for (EntityType type : EntityType.values()) {
                SortedSetDocValues values = DocValues.getSortedSet(context.reader(), Fields.entityFacet(type));
                perType.put(type, values);
                ordCounts.put(type, new int[(int) Math.min(values.getValueCount(), Integer.MAX_VALUE - 8)]);
            }
            NumericDocValues dates = DocValues.getNumeric(context.reader(), Fields.DATE_SORT);
            SortedNumericDocValues mentioned = DocValues.getSortedNumeric(context.reader(), Fields.MENTIONED_YEAR);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    for (var entry : perType.entrySet()) {
                        SortedSetDocValues values = entry.getValue();
                        if (values.advanceExact(doc)) {
                            int[] counts = ordCounts.get(entry.getKey());
                            for (int i = 0; i < values.docValueCount(); i++) {
                                counts[(int) values.nextOrd()]++;
                            }
                        }
                    }
                    if (dates.advanceExact(doc)) {
                        years.merge((int) (dates.longValue() / 10000), 1, Integer::sum);
                        months.merge((int) (dates.longValue() / 100), 1, Integer::sum);
                    }
                    if (mentioned.advanceExact(doc)) {
                        for (int i = 0; i < mentioned.docValueCount(); i++) {
                            mentionedYears.merge((int) mentioned.nextValue(), 1, Integer::sum);
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    for (var entry : perType.entrySet()) {
                        int[] counts = ordCounts.get(entry.getKey());
                        var target = entities.computeIfAbsent(entry.getKey(), t -> new HashMap<>());
                        for (int ord = 0; ord < counts.length; ord++) {
                            if (counts[ord] > 0) {
                                target.merge(entry.getValue().lookupOrd(ord).utf8ToString(), counts[ord], Integer::sum);
                            }
                        }
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

}
