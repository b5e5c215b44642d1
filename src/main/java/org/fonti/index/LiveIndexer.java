package org.fonti.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.fonti.corpus.CorpusFile;
import org.fonti.corpus.CorpusReader;
import org.fonti.corpus.ReadOutcome;
import org.fonti.tagging.ArticleTagger;

/**
 * Adds, replaces and deletes articles while the server runs. The corpus folder stays the source of truth: an
 * upload is first written there (atomically, flushed to disk), then indexed and committed, so a later
 * {@code fonti index} sees it as unchanged and a crash at any point loses nothing that was acknowledged. Holds the
 * index's write lock for as long as it is open, so no other process writes the index meanwhile.
 */
public final class LiveIndexer implements Closeable {

    /** Ids become file names: letters, digits, dot, dash and underscore only, not starting with a dot. */
    public static final Pattern VALID_ID = Pattern.compile("[\\p{L}\\p{N}_\\-][\\p{L}\\p{N}_.\\-]{0,199}");

    private final Path corpus;
    private final ArticleIndex index;
    private final ArticleTagger tagger;
    private final CorpusReader reader = new CorpusReader();
    private final Runnable onCommit;

    /** What a write did. */
    public enum Change { ADDED, REPLACED, DELETED, NOT_FOUND }

    /** An upload that cannot be an article (empty, binary, not UTF-8, bad id...): nothing was written. */
    public static final class RejectedArticle extends IOException {
        public RejectedArticle(String message) {
            super(message);
        }
    }

    /**
     * @param onCommit called after each commit, e.g. to refresh searchers so that the change is visible
     */
    public LiveIndexer(Path corpus, Path indexFolder, ArticleTagger tagger, Analyzer analyzer, Runnable onCommit)
            throws IOException {
        this.corpus = corpus;
        Files.createDirectories(corpus);
        this.index = ArticleIndex.open(indexFolder, analyzer);
        this.tagger = tagger;
        this.onCommit = onCommit;
    }

    public synchronized Change put(String id, byte[] content) throws IOException {
        if (!VALID_ID.matcher(id).matches()) {
            throw new RejectedArticle("'" + id + "' is not a valid id: use letters, digits, '.', '-' and '_' (at most 200)");
        }
        List<Path> existing = filesOf(id);
        Path target = existing.isEmpty() ? corpus.resolve(id + ".txt") : existing.get(0);
        ReadOutcome outcome = reader.parse(target, id, content);
        if (outcome instanceof ReadOutcome.Skipped skipped) {
            throw new RejectedArticle(skipped.reason());
        }
        var article = ((ReadOutcome.Read) outcome).article();
        var tagged = tagger.tag(article); // before touching disk: a tagger failure leaves everything as it was
        writeDurably(target, content);
        var file = new CorpusFile(target, id, Files.size(target), Files.getLastModifiedTime(target).toMillis());
        index.writer().updateDocument(new Term(Fields.ID, id), ArticleDocuments.toDocument(tagged, file));
        index.commit();
        onCommit.run();
        return existing.isEmpty() ? Change.ADDED : Change.REPLACED;
    }

    public synchronized Change delete(String id) throws IOException {
        if (!VALID_ID.matcher(id).matches()) {
            return Change.NOT_FOUND;
        }
        List<Path> files = filesOf(id);
        long before = index.writer().getDocStats().numDocs;
        // The file goes first: after a crash between the two steps, the next `fonti index` removes the entry,
        // rather than bringing a deleted article back from a file that was still there.
        for (Path file : files) {
            Files.deleteIfExists(file);
        }
        syncFolder(corpus);
        index.delete(id);
        index.commit();
        onCommit.run();
        boolean wasIndexed = index.writer().getDocStats().numDocs < before;
        return files.isEmpty() && !wasIndexed ? Change.NOT_FOUND : Change.DELETED;
    }

    /** Files of the corpus folder's top level whose id is {@code id} (normally at most one). */
    private List<Path> filesOf(String id) throws IOException {
        try (var files = Files.list(corpus)) {
            return files.filter(Files::isRegularFile).filter(p -> CorpusReader.idOf(p).equals(id)).sorted().toList();
        }
    }

    private static void writeDurably(Path target, byte[] content) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + ".uploading");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(java.nio.ByteBuffer.wrap(content));
            channel.force(true);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        syncFolder(target.getParent()); // the rename itself must survive a crash
    }

    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notSupported) {
            // some file systems cannot sync a directory; the files' own data is already on disk
        }
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
