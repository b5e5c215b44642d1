package org.fonti.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.FSDirectory;
import org.fonti.analysis.TextAnalyzers;
import org.fonti.index.CorpusIndexer;
import org.fonti.index.IndexAnalyzer;
import org.fonti.index.IndexListener;
import org.fonti.tagging.Tagger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FacetCounterTest {

    @TempDir
    Path corpus;

    @TempDir
    Path index;

    @Test
    void sampledCountsAreScaledEstimatesOfTheExactOnes() throws Exception {
        for (int i = 0; i < 40; i++) {
            Files.writeString(corpus.resolve("a" + i + ".txt"), "date: 20" + (10 + i % 2) + "-03-01\n\n"
                    + "Il sindaco di Roma Mario Rossi ha inaugurato il ponte numero " + i + ".");
        }
        new CorpusIndexer(new Tagger(), IndexAnalyzer.create(new TextAnalyzers()), 1).index(corpus, index, IndexListener.NONE);
        try (var directory = FSDirectory.open(index); var reader = DirectoryReader.open(directory)) {
            var searcher = new IndexSearcher(reader);
            var ordinals = new EntityOrdinals(reader);
            Facets exact = searcher.search(new MatchAllDocsQuery(), new FacetCounter(10, ordinals, k -> k.substring(4), 1));
            Facets sampled = FacetSample.count(searcher, new MatchAllDocsQuery(), 40, 10,
                    scale -> new FacetCounter(10, ordinals, k -> k.substring(4), scale));
            assertEquals(1, exact.sampledOneIn());
            assertEquals(4, sampled.sampledOneIn());
            assertEquals(40, exact.entities().get("PER").get(0).count());
            assertEquals(20, exact.years().get(0).count());
            assertEquals(40, sampled.entities().get("PER").get(0).count(), "every sampled article names him");
            int estimate = sampled.years().get(0).count();
            assertTrue(Math.abs(estimate - 20) <= 8, "estimate " + estimate);
        }
    }
}
