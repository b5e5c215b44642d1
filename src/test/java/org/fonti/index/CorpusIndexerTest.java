package org.fonti.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.fonti.analysis.TextAnalyzers;
import org.fonti.search.SearchRequest;
import org.fonti.search.SearchService;
import org.fonti.tagging.ArticleTagger;
import org.fonti.tagging.Tagger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusIndexerTest {

    @TempDir
    Path corpus;

    @TempDir
    Path index;

    private final TextAnalyzers analyzers = new TextAnalyzers();

    private CorpusIndexer indexer(ArticleTagger tagger) {
        return new CorpusIndexer(tagger, IndexAnalyzer.create(analyzers), 2);
    }

    private long hits(String query) throws Exception {
        try (var search = new SearchService(index, analyzers)) {
            return search.search(SearchRequest.of(query)).total();
        }
    }

    @Test
    void indexesIncrementallyAndCountsEachKindOfChange() throws Exception {
        Files.writeString(corpus.resolve("a.txt"), "Il sindaco inaugura il ponte.");
        Files.writeString(corpus.resolve("b.txt"), "La regione approva il bilancio.");
        var tagger = new Tagger();

        var first = indexer(tagger).index(corpus, index, IndexListener.NONE);
        assertEquals(2, first.indexed());
        assertEquals(2, first.documents());
        assertFalse(CorpusIndexer.isStale(corpus, index));

        var again = indexer(tagger).index(corpus, index, IndexListener.NONE);
        assertEquals(2, again.unchanged());
        assertFalse(again.changedAnything());

        Files.writeString(corpus.resolve("a.txt"), "Il sindaco inaugura la diga.");
        Files.setLastModifiedTime(corpus.resolve("a.txt"), FileTime.from(Instant.now().plusSeconds(5)));
        Files.delete(corpus.resolve("b.txt"));
        Files.write(corpus.resolve("c.txt"), new byte[] {0, 1, 2});
        assertTrue(CorpusIndexer.isStale(corpus, index));

        var third = indexer(tagger).index(corpus, index, IndexListener.NONE);
        assertEquals(1, third.updated());
        assertEquals(1, third.removed());
        assertEquals(1, third.skipped().size());
        assertTrue(third.skipped().get(0).path().endsWith("c.txt"));
        assertEquals(1, third.documents());
        assertEquals(1, hits("diga"));
        assertEquals(0, hits("ponte"));
        assertEquals(0, hits("bilancio"));
    }

    @Test
    void touchedButIdenticalFileIsUnchanged() throws Exception {
        Files.writeString(corpus.resolve("a.txt"), "Testo invariato.");
        indexer(new Tagger()).index(corpus, index, IndexListener.NONE);
        Files.setLastModifiedTime(corpus.resolve("a.txt"), FileTime.from(Instant.now().plusSeconds(5)));
        var report = indexer(new Tagger()).index(corpus, index, IndexListener.NONE);
        assertEquals(1, report.unchanged());
    }

    @Test
    void failedRunLeavesThePreviousIndexUsable() throws Exception {
        Files.writeString(corpus.resolve("a.txt"), "Il ministro visita il cantiere.");
        indexer(new Tagger()).index(corpus, index, IndexListener.NONE);

        Files.writeString(corpus.resolve("b.txt"), "Un secondo articolo sul cantiere.");
        ArticleTagger crashing = article -> {
            throw new OutOfMemoryError("simulated crash while tagging " + article.id());
        };
        assertThrows(Throwable.class, () -> indexer(crashing).index(corpus, index, IndexListener.NONE));

        assertEquals(1, hits("cantiere"));
        var report = indexer(new Tagger()).index(corpus, index, IndexListener.NONE);
        assertEquals(1, report.indexed());
        assertEquals(2, hits("cantiere"));
    }

    @Test
    void taggerBugOnOneArticleSkipsOnlyThatArticle() throws Exception {
        Files.writeString(corpus.resolve("good.txt"), "Articolo sano sul porto.");
        Files.writeString(corpus.resolve("odd.txt"), "Articolo strano sul porto.");
        var real = new Tagger();
        ArticleTagger flaky = article -> {
            if (article.id().equals("odd")) {
                throw new IllegalStateException("tagger bug");
            }
            return real.tag(article);
        };
        var report = indexer(flaky).index(corpus, index, IndexListener.NONE);
        assertEquals(1, report.indexed());
        assertEquals(1, report.skipped().size());
        assertTrue(report.skipped().get(0).reason().contains("tagging failed"));
    }

    @Test
    void secondWriterIsRefusedWithAClearMessage() throws Exception {
        Files.writeString(corpus.resolve("a.txt"), "Testo.");
        indexer(new Tagger()).index(corpus, index, IndexListener.NONE);
        try (var dir = org.apache.lucene.store.FSDirectory.open(index);
             var writer = new org.apache.lucene.index.IndexWriter(dir,
                     new org.apache.lucene.index.IndexWriterConfig(IndexAnalyzer.create(analyzers)))) {
            var busy = assertThrows(IndexBusyException.class, () -> indexer(new Tagger()).index(corpus, index, IndexListener.NONE));
            assertTrue(busy.getMessage().contains("another process"));
        }
    }
}
