package org.fonti.cli;

import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.fonti.analysis.TextAnalyzers;
import org.fonti.http.FontiServer;
import org.fonti.search.SearchService;
import org.fonti.index.CorpusIndexer;
import org.fonti.index.IndexAnalyzer;
import org.fonti.index.LiveIndexer;
import org.fonti.tagging.LazyTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the HTTP API. Indexes the corpus first when there is no index or it is stale",
                "(unless --no-index). Prints the URL once it answers queries; stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    CorpusLocation corpus;

    @Mixin
    IndexLocation index;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "7070", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--no-index", description = "Serve the index as it is, without checking the corpus.")
    boolean noIndex;

    @Option(names = "--write-token", paramLabel = "TOKEN", defaultValue = "${env:FONTI_WRITE_TOKEN}",
            description = {"Allow POST/DELETE /api/documents with 'Authorization: Bearer TOKEN' (default: the",
                    "FONTI_WRITE_TOKEN environment variable; without a token, writes are off)."})
    String writeToken;

    @Override
    public Integer call() throws Exception {
        if (!noIndex && Files.isDirectory(corpus.corpus) && CorpusIndexer.isStale(corpus.corpus, index.index)) {
            System.err.println("fonti: indexing " + corpus.corpus + " into " + index.index + " ...");
            var report = IndexCommand.run(corpus.corpus, index.index, Runtime.getRuntime().availableProcessors(), System.err);
            System.err.println(report.summary());
        }
        var analyzers = new TextAnalyzers();
        var tagger = new LazyTagger();
        boolean writable = writeToken != null && !writeToken.isBlank();
        try (var search = new SearchService(index.index, analyzers);
             var writer = writable ? new LiveIndexer(corpus.corpus, index.index, tagger, IndexAnalyzer.create(analyzers),
                     () -> refresh(search)) : null;
             var server = new FontiServer(search, tagger, writer, writeToken).start(host, port);
             var refresher = writable ? null : refreshEverySecond(search)) {
            var stopping = new CountDownLatch(1);
            var serving = Thread.currentThread();
            var hook = new Thread(() -> {
                serving.interrupt();
                try {
                    stopping.await(); // let the server close cleanly before the JVM exits
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            });
            Runtime.getRuntime().addShutdownHook(hook);
            String shownHost = host.contains(":") ? "[" + host + "]" : host;
            System.out.printf("Fonti is serving %d documents at http://%s:%d/  (workbench at /, API at /api/search?q=...)%s%n",
                    search.documentCount(), shownHost, server.port(), writable ? "; writes on" : "");
            System.out.flush();
            try {
                new CountDownLatch(1).await(); // until interrupted by Ctrl-C (the hook) or by an embedding caller
            } catch (InterruptedException stop) {
                // Asked to stop: the interrupt is consumed here so that closing the server is not interrupted too.
            } finally {
                stopping.countDown();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException alreadyShuttingDown) {
                    // the hook is the one stopping us
                }
            }
        }
        return 0;
    }

    private static void refresh(SearchService search) {
        try {
            search.refresh();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Without a writer of its own, the server still picks up what `fonti index` commits meanwhile. */
    private static AutoCloseable refreshEverySecond(SearchService search) {
        var timer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fonti-refresh");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                search.refresh();
            } catch (Exception e) {
                // the next tick tries again; searches keep the last good snapshot
            }
        }, 1, 1, java.util.concurrent.TimeUnit.SECONDS);
        return timer::shutdownNow;
    }
}
