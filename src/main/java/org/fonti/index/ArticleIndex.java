package org.fonti.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.fonti.tagging.TaggedArticle;

/**
 * Writes tagged articles into an index one by one (for articles that do not come from a corpus folder: uploads,
 * evaluation sets). Holds the index's write lock while open; nothing is visible until {@link #commit()}.
 */
public final class ArticleIndex implements Closeable {

    private final Directory directory;
    private final IndexWriter writer;

    private final Analyzer analyzer;

    private ArticleIndex(Directory directory, IndexWriter writer, Analyzer analyzer) {
        this.directory = directory;
        this.writer = writer;
        this.analyzer = analyzer;
    }

    public static ArticleIndex open(Path index, Analyzer analyzer) throws IOException {
        Files.createDirectories(index);
        Directory directory = FSDirectory.open(index);
        try {
            var config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64);
            return new ArticleIndex(directory, new IndexWriter(directory, config), analyzer);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IndexBusyException(index, e);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Adds the article, or replaces the one with the same id. */
    public void put(TaggedArticle tagged) throws IOException {
        writer.updateDocument(new Term(Fields.ID, tagged.article().id()), ArticleDocuments.toDocument(tagged, null));
    }

    public void delete(String id) throws IOException {
        writer.deleteDocuments(new Term(Fields.ID, id));
    }

    /** Makes every change so far durable and visible to readers opened afterwards. */
    public void commit() throws IOException {
        writer.setLiveCommitData(Map.of(CorpusIndexer.PIPELINE_KEY, CorpusIndexer.PIPELINE_VERSION).entrySet());
        writer.commit();
    }

    IndexWriter writer() {
        return writer;
    }

    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } finally {
            directory.close();
        }
    }
}
