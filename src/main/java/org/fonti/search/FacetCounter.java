package org.fonti.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.function.IntFunction;
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
import org.apache.lucene.util.LongValues;
import org.fonti.index.Fields;
import org.fonti.tagging.EntityType;

/**
 * Counts entity, publication-date and mentioned-year facets over every matching article. Counting is an int
 * increment per value (index-wide ordinals for entities, array slots for dates); only the top values are turned
 * into strings, once, at the end.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counts, Facets> {

    /** Years outside this range are left out of the histograms: they are not publication dates of news. */
    static final int FIRST_YEAR = 1000;
    static final int LAST_YEAR = 2999;
    private static final int YEARS = LAST_YEAR - FIRST_YEAR + 1;
    /** Article-level names are merged into corpus-wide entities after ranking: look a little deeper first. */
    private static final int DEPTH_FACTOR = 3;

    private final int topEntities;
    private final EntityOrdinals ordinals;
    private final Function<String, String> canonicalOfKey;
    private final double scale;

    /**
     * @param canonicalOfKey the corpus-wide canonical name of an article-level "TYPE:canonical" key
     * @param scale          what one counted article stands for: 1 when every match is counted, more when the
     *                       collector is fed a sample of the matches
     */
    FacetCounter(int topEntities, EntityOrdinals ordinals, Function<String, String> canonicalOfKey, double scale) {
        this.topEntities = topEntities;
        this.ordinals = ordinals;
        this.canonicalOfKey = canonicalOfKey;
        this.scale = Math.max(1, scale);
    }

    @Override
    public Counts newCollector() {
        return new Counts(ordinals);
    }

    @Override
    public Facets reduce(Collection<Counts> collectors) throws IOException {
        var entities = new LinkedHashMap<String, List<FacetValue>>();
        for (EntityType type : EntityType.values()) {
            int[] total = new int[ordinals.valueCount(type)];
            for (Counts counts : collectors) {
                int[] part = counts.entities.get(type);
                for (int i = 0; i < total.length; i++) {
                    total[i] += part[i];
                }
            }
            entities.put(type.name(), topEntities(type, total));
        }
        int[] years = new int[YEARS];
        int[] months = new int[YEARS * 12];
        int[] mentioned = new int[YEARS];
        for (Counts counts : collectors) {
            add(years, counts.years);
            add(months, counts.months);
            add(mentioned, counts.mentionedYears);
        }
        return new Facets(entities, histogram(years, i -> String.valueOf(FIRST_YEAR + i)),
                histogram(months, i -> "%04d-%02d".formatted(FIRST_YEAR + i / 12, i % 12 + 1)),
                histogram(mentioned, i -> String.valueOf(FIRST_YEAR + i)), (int) Math.round(scale));
    }

    private List<FacetValue> topEntities(EntityType type, int[] counts) throws IOException {
        var best = new PriorityQueue<Integer>((a, b) -> counts[a] != counts[b] ? Integer.compare(counts[a], counts[b]) : Integer.compare(b, a));
        int depth = topEntities * DEPTH_FACTOR;
        for (int ord = 0; ord < counts.length; ord++) {
            if (counts[ord] > 0 && (best.size() < depth || counts[ord] > counts[best.peek()])) {
                best.add(ord);
                if (best.size() > depth) {
                    best.poll();
                }
            }
        }
        var merged = new HashMap<String, Integer>();
        for (int ord : best) {
            String name = canonicalOfKey.apply(type.name() + ":" + ordinals.lookup(type, ord));
            merged.merge(name, scaled(counts[ord]), Integer::sum);
        }
        return merged.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(topEntities)
                .map(e -> new FacetValue(e.getKey(), e.getValue()))
                .toList();
    }

    private int scaled(int count) {
        return (int) Math.round(count * scale);
    }

    private static void add(int[] total, int[] part) {
        for (int i = 0; i < total.length; i++) {
            total[i] += part[i];
        }
    }

    private List<FacetValue> histogram(int[] counts, IntFunction<String> label) {
        var values = new ArrayList<FacetValue>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                values.add(new FacetValue(label.apply(i), scaled(counts[i])));
            }
        }
        return values;
    }

    static final class Counts implements Collector {
        private final EntityOrdinals ordinals;
        private final Map<EntityType, int[]> entities = new EnumMap<>(EntityType.class);
        private final int[] years = new int[YEARS];
        private final int[] months = new int[YEARS * 12];
        private final int[] mentionedYears = new int[YEARS];

        Counts(EntityOrdinals ordinals) {
            this.ordinals = ordinals;
            for (EntityType type : EntityType.values()) {
                entities.put(type, new int[ordinals.valueCount(type)]);
            }
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            var types = EntityType.values();
            var values = new SortedSetDocValues[types.length];
            // Counted by segment ordinal, mapped to index-wide ordinals once per value at the end of the segment,
            // not once per hit: the mapping is the costly part when a query matches many articles.
            var segmentCounts = new int[types.length][];
            for (int t = 0; t < types.length; t++) {
                values[t] = DocValues.getSortedSet(context.reader(), Fields.entityFacet(types[t]));
                segmentCounts[t] = new int[(int) Math.min(values[t].getValueCount(), Integer.MAX_VALUE - 8)];
            }
            NumericDocValues dates = DocValues.getNumeric(context.reader(), Fields.DATE_SORT);
            SortedNumericDocValues mentioned = DocValues.getSortedNumeric(context.reader(), Fields.MENTIONED_YEAR);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void finish() {
                    for (int t = 0; t < types.length; t++) {
                        LongValues toGlobal = ordinals.toGlobal(types[t], context);
                        int[] counts = entities.get(types[t]);
                        int[] segment = segmentCounts[t];
                        for (int ord = 0; ord < segment.length; ord++) {
                            if (segment[ord] > 0) {
                                counts[(int) toGlobal.get(ord)] += segment[ord];
                            }
                        }
                    }
                }

                @Override
                public void collect(int doc) throws IOException {
                    for (int t = 0; t < types.length; t++) {
                        if (values[t].advanceExact(doc)) {
                            int[] counts = segmentCounts[t];
                            for (int i = 0; i < values[t].docValueCount(); i++) {
                                counts[(int) values[t].nextOrd()]++;
                            }
                        }
                    }
                    if (dates.advanceExact(doc)) {
                        long day = dates.longValue(); // yyyymmdd
                        int year = (int) (day / 10000);
                        if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                            years[year - FIRST_YEAR]++;
                            months[(year - FIRST_YEAR) * 12 + (int) (day / 100 % 100) - 1]++;
                        }
                    }
                    if (mentioned.advanceExact(doc)) {
                        for (int i = 0; i < mentioned.docValueCount(); i++) {
                            long year = mentioned.nextValue();
                            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                                mentionedYears[(int) year - FIRST_YEAR]++;
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
