package org.fonti.cli;

import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.fonti.analysis.TextAnalyzers;
import org.fonti.http.FontiServer;
import org.fonti.search.SearchService;
import org.fonti.tagging.Tagger;
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

    @Override
    public Integer call() throws Exception {
        if (!noIndex && Files.isDirectory(corpus.corpus) && IndexCommand.isStale(corpus.corpus, index.index)) {
            System.err.println("fonti: indexing " + corpus.corpus + " into " + index.index + " ...");
            var report = IndexCommand.run(corpus.corpus, index.index, Runtime.getRuntime().availableProcessors(), System.err);
            System.err.println(report.summary());
        }
        var search = new SearchService(index.index, new TextAnalyzers());
        var server = new FontiServer(search, new Tagger()).start(host, port);
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                search.close();
            } catch (java.io.IOException ignored) {
                // shutting down anyway
            }
            stopped.countDown();
        }));
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        System.out.printf("Fonti is serving %d documents at http://%s:%d/  (try /api/search?q=Erdogan)%n",
                search.documentCount(), shownHost, server.port());
        System.out.flush();
        stopped.await();
        return 0;
    }
}
