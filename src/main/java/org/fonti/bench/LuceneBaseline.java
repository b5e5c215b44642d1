package org.fonti.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.fonti.corpus.CorpusFile;
import org.fonti.corpus.CorpusReader;
import org.fonti.corpus.ReadOutcome;

/**
 * The indexing baseline: what bare Lucene costs for the same files. Files are read and parsed by the same
 * {@link CorpusReader} as Fonti's (so the difference is tagging and Fonti's schema, not file reading); each
 * becomes a stored {@link TextField} (title and text) analysed by Lucene's own {@link ItalianAnalyzer} and a
 * {@link StringField} id, written by the same number of threads with the same RAM buffer.
 */
final class LuceneBaseline {

    private LuceneBaseline() {
    }

    static int index(Path corpus, Path index, int threads, IntConsumer done) throws IOException {
        var reader = new CorpusReader();
        List<CorpusFile> files = reader.list(corpus);
        Files.createDirectories(index);
        var config = new IndexWriterConfig(new ItalianAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(128);
        int step = Math.max(1, files.size() / 20);
        var indexed = new AtomicInteger();
        try (var directory = FSDirectory.open(index); var writer = new IndexWriter(directory, config)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                var futures = new ArrayList<Future<?>>();
                for (CorpusFile file : files) {
                    futures.add(pool.submit(() -> {
                        if (reader.read(file) instanceof ReadOutcome.Read read) {
                            var document = new Document();
                            document.add(new StringField("id", file.id(), Field.Store.YES));
                            document.add(new TextField("text", read.article().title() + "\n" + read.article().text(), Field.Store.YES));
                            writer.addDocument(document);
                            int n = indexed.incrementAndGet();
                            if (n % step == 0) {
                                done.accept(n);
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> future : futures) {
                    future.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("baseline indexing interrupted", e);
            } catch (ExecutionException e) {
                throw new IOException("baseline indexing failed: " + e.getCause(), e.getCause());
            } finally {
                pool.shutdownNow();
            }
            writer.commit();
        }
        return indexed.get();
    }
}
