package org.fonti.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.fonti.corpus.CorpusFile;
import org.fonti.corpus.CorpusReader;
import org.fonti.corpus.ReadOutcome;
import org.fonti.tagging.ArticleTagger;
import org.fonti.tagging.TaggedArticle;

/**
 * Brings an index in line with a corpus folder: new files are added, changed ones replaced, deleted ones removed,
 * unchanged ones (same size and modification time, or same content hash) left alone. Nothing is visible until the
 * single commit at the end, so an interrupted or failed run leaves the previous index as it was.
 */
public final class CorpusIndexer {

    /** Bump when analysis, tagging or the schema change, so that existing indexes are rebuilt. */
    public static final String PIPELINE_VERSION = "11";
    static final String PIPELINE_KEY = "fonti.pipeline";

    private final ArticleTagger tagger;
    private final Analyzer analyzer;
    private final CorpusReader reader = new CorpusReader();
    private final int threads;

    public CorpusIndexer(ArticleTagger tagger, Analyzer analyzer, int threads) {
        this.tagger = tagger;
        this.analyzer = analyzer;
        this.threads = Math.max(1, threads);
    }

    /** True when indexing {@code corpus} into {@code index} would change something. Reads no file contents. */
    public static boolean isStale(Path corpus, Path index) throws IOException {
        var state = IndexedState.load(index);
        if (!state.pipelineCurrent()) {
            return true;
        }
        var files = new CorpusReader().list(corpus);
        var ids = new HashSet<String>();
        for (CorpusFile file : files) {
            ids.add(file.id());
            if (!state.unchanged(file)) {
                return true;
            }
        }
        return !ids.containsAll(state.files().keySet());
    }

    public IndexReport index(Path corpus, Path index, IndexListener listener) throws IOException {
        Instant start = Instant.now();
        List<CorpusFile> files = reader.list(corpus);
        IndexedState state = IndexedState.load(index);
        Files.createDirectories(index);
        try (Directory directory = FSDirectory.open(index);
             IndexWriter writer = openWriter(directory, index)) {
            try {
                var report = update(writer, files, state, listener, start);
                writer.setLiveCommitData(Map.of(PIPELINE_KEY, PIPELINE_VERSION).entrySet());
                writer.commit();
                // Counted after the commit: before it, replaced documents may still be counted twice.
                return report.withDocuments(writer.getDocStats().numDocs, Duration.between(start, Instant.now()));
            } catch (IOException | RuntimeException | Error e) {
                writer.rollback();
                throw e;
            }
        }
    }

    private IndexReport update(IndexWriter writer, List<CorpusFile> files, IndexedState state,
                               IndexListener listener, Instant start) throws IOException {
        boolean rebuild = !state.pipelineCurrent();
        var skipped = Collections.synchronizedList(new ArrayList<IndexReport.SkippedFile>());
        var indexed = new AtomicInteger();
        var updated = new AtomicInteger();
        var unchanged = new AtomicInteger();
        var done = new AtomicInteger();
        var seen = new HashSet<String>();
        var work = new ArrayList<CorpusFile>();
        for (CorpusFile file : files) {
            if (!seen.add(file.id())) {
                skip(skipped, listener, file.path(), "another file already has the id '" + file.id() + "'");
            } else if (!rebuild && state.unchanged(file)) {
                unchanged.incrementAndGet();
            } else {
                work.add(file);
            }
        }
        listener.started(work.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            var futures = new ArrayList<Future<?>>();
            for (CorpusFile file : work) {
                futures.add(pool.submit(() -> {
                    indexOne(writer, file, state, rebuild, skipped, listener, indexed, updated, unchanged);
                    listener.fileDone(done.incrementAndGet(), work.size());
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("indexing interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("indexing failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        int removed = 0;
        for (String id : state.files().keySet()) {
            if (!seen.contains(id)) {
                writer.deleteDocuments(new Term(Fields.ID, id));
                removed++;
            }
        }
        return new IndexReport(indexed.get(), updated.get(), unchanged.get(), removed, List.copyOf(skipped),
                -1, Duration.between(start, Instant.now()));
    }

    private void indexOne(IndexWriter writer, CorpusFile file, IndexedState state, boolean rebuild,
                          List<IndexReport.SkippedFile> skipped, IndexListener listener,
                          AtomicInteger indexed, AtomicInteger updated, AtomicInteger unchanged) throws IOException {
        ReadOutcome outcome = reader.read(file);
        switch (outcome) {
            case ReadOutcome.Skipped s -> skip(skipped, listener, s.path(), s.reason());
            case ReadOutcome.Read r -> {
                var previous = state.files().get(file.id());
                if (!rebuild && previous != null && previous.hash().equals(r.article().contentHash())) {
                    unchanged.incrementAndGet();
                    return;
                }
                TaggedArticle tagged;
                try {
                    tagged = tagger.tag(r.article());
                } catch (RuntimeException e) {
                    // A tagger bug on one odd article must not stop the run or lose the other articles.
                    skip(skipped, listener, r.path(), "tagging failed: " + e);
                    return;
                }
                var document = ArticleDocuments.toDocument(tagged, file);
                writer.updateDocument(new Term(Fields.ID, file.id()), document);
                (previous == null ? indexed : updated).incrementAndGet();
            }
        }
    }

    private static void skip(List<IndexReport.SkippedFile> skipped, IndexListener listener, Path path, String reason) {
        skipped.add(new IndexReport.SkippedFile(path.toString(), reason));
        listener.skipped(path, reason);
    }

    private IndexWriter openWriter(Directory directory, Path index) throws IOException {
        var config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(128);
        try {
            return new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            throw new IndexBusyException(index, e);
        }
    }

    /** What the index holds now: per id, the file it came from. */
    record IndexedState(boolean pipelineCurrent, Map<String, FileState> files) {

        record FileState(String hash, long size, long modifiedMillis) {
        }

        boolean unchanged(CorpusFile file) {
            var known = files.get(file.id());
            return known != null && known.size() == file.size() && known.modifiedMillis() == file.modifiedMillis();
        }

        static IndexedState load(Path index) throws IOException {
            if (!Files.isDirectory(index)) {
                return new IndexedState(true, Map.of());
            }
            try (Directory directory = FSDirectory.open(index)) {
                if (!DirectoryReader.indexExists(directory)) {
                    return new IndexedState(true, Map.of());
                }
                try (DirectoryReader reader = DirectoryReader.open(directory)) {
                    var userData = reader.getIndexCommit().getUserData();
                    boolean current = PIPELINE_VERSION.equals(userData.get(PIPELINE_KEY));
                    var files = new HashMap<String, FileState>();
                    Set<String> wanted = Set.of(Fields.ID, Fields.CONTENT_HASH, Fields.FILE_SIZE, Fields.FILE_MTIME);
                    for (LeafReaderContext leaf : reader.leaves()) {
                        Bits live = leaf.reader().getLiveDocs();
                        var stored = leaf.reader().storedFields();
                        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                            if (live != null && !live.get(doc)) {
                                continue;
                            }
                            var d = stored.document(doc, wanted);
                            var size = d.getField(Fields.FILE_SIZE);
                            var mtime = d.getField(Fields.FILE_MTIME);
                            files.put(d.get(Fields.ID), new FileState(d.get(Fields.CONTENT_HASH),
                                    size == null ? -1 : size.numericValue().longValue(),
                                    mtime == null ? -1 : mtime.numericValue().longValue()));
                        }
                    }
                    return new IndexedState(current, files);
                }
            }
        }
    }
}
