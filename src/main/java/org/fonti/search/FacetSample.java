package org.fonti.search;

import java.io.IOException;
import java.util.List;
import java.util.function.DoubleFunction;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Facets estimated from a sample of a query's matches: the matches are walked with jumps of a varying number of
 * documents (so most postings are skipped, not read; varying, so that a corpus with a period in its document
 * order is not sampled in step with it), each match landed on is counted, and every count is scaled by
 * matches / counted. Deterministic: a fixed seed, so the same index and query give the same estimate.
 */
final class FacetSample {

    private static final long SEED = 20_151_225L;

    private FacetSample() {
    }

    private static int next(DocIdSetIterator matches, int target, int maxDoc) throws IOException {
        return target >= maxDoc ? DocIdSetIterator.NO_MORE_DOCS : matches.advance(target);
    }

    static Facets count(IndexSearcher searcher, Query query, int matching, int sampleSize,
                        DoubleFunction<FacetCounter> counterWithScale) throws IOException {
        int step = Math.max(1, searcher.getIndexReader().maxDoc() / sampleSize);
        var jumps = new java.util.SplittableRandom(SEED);
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        // A first counter gathers the sample; its counts are then read through one scaled by the sample's size.
        FacetCounter unscaled = counterWithScale.apply(1);
        FacetCounter.Counts counts = unscaled.newCollector();
        int sampled = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            LeafCollector collector = counts.getLeafCollector(leaf);
            DocIdSetIterator matches = scorer.iterator();
            for (int doc = matches.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
                 doc = next(matches, doc + 1 + jumps.nextInt(2 * step - 1), leaf.reader().maxDoc())) {
                if (live == null || live.get(doc)) {
                    collector.collect(doc);
                    sampled++;
                }
            }
            collector.finish();
        }
        double scale = sampled == 0 ? 1 : Math.max(1, (double) matching / sampled);
        return counterWithScale.apply(scale).reduce(List.of(counts));
    }
}
