package org.fonti.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.fonti.analysis.TextAnalyzers;
import org.fonti.index.CorpusIndexer;
import org.fonti.index.IndexAnalyzer;
import org.fonti.index.IndexListener;
import org.fonti.index.LiveIndexer;
import org.fonti.search.SearchService;
import org.fonti.tagging.Tagger;

/** Indexes a corpus folder into a temporary index and serves it on a free port, as `fonti serve` does. */
final class TestServer implements AutoCloseable {

    final Path corpus;
    final Path index;
    private final SearchService search;
    private final LiveIndexer writer;
    private final FontiServer server;
    final ApiClient client;

    TestServer(Path corpus) throws IOException {
        this(corpus, null);
    }

    /** With a write token, the server accepts live changes to {@code corpus} as `fonti serve --write-token` does. */
    TestServer(Path corpus, String writeToken) throws IOException {
        this.corpus = corpus;
        this.index = Files.createTempDirectory("fonti-test-index");
        var analyzers = new TextAnalyzers();
        var tagger = new Tagger();
        new CorpusIndexer(tagger, IndexAnalyzer.create(analyzers), 2).index(corpus, index, IndexListener.NONE);
        this.search = new SearchService(index, analyzers);
        this.writer = writeToken == null ? null
                : new LiveIndexer(corpus, index, tagger, IndexAnalyzer.create(analyzers), () -> {
                    try {
                        search.refresh();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        this.server = new FontiServer(search, tagger, writer, writeToken).start("127.0.0.1", 0);
        this.client = new ApiClient(server.port());
    }

    /** A private copy of the seed corpus, for tests that change it. */
    static Path seedCorpusCopy() throws IOException {
        Path copy = Files.createTempDirectory("fonti-test-corpus");
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    /** The seed corpus plus the test fixtures the team wrote (English articles, hostile markup). */
    static TestServer seedCorpusWithFixtures() throws IOException {
        Path corpus = Files.createTempDirectory("fonti-test-corpus");
        for (Path folder : new Path[] {Path.of("corpus"), Path.of("src/test/resources/fixtures/articles")}) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Files.copy(file, corpus.resolve(file.getFileName()));
                }
            }
        }
        return new TestServer(corpus);
    }

    /** The project's own seed corpus. */
    static TestServer seedCorpus() throws IOException {
        return new TestServer(Path.of("corpus"));
    }

    /** Where the server answers, e.g. {@code http://127.0.0.1:41234}, for clients other than {@link #client}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    public void close() throws IOException {
        server.close();
        if (writer != null) {
            writer.close();
        }
        search.close();
        try (Stream<Path> files = Files.walk(index)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
