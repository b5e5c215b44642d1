package org.fonti.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fonti.analysis.TextAnalyzers;
import org.fonti.index.CorpusIndexer;
import org.fonti.index.IndexAnalyzer;
import org.fonti.index.IndexReport;
import org.fonti.tagging.Tagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Index the corpus folder: new files are added, changed ones replaced, deleted ones removed;",
                "unchanged files are not read again. Unreadable files are skipped with a warning."})
final class IndexCommand implements Callable<Integer> {

    @Mixin
    CorpusLocation corpus;

    @Mixin
    IndexLocation index;

    @Option(names = "--threads", paramLabel = "N", description = "Tagging threads (default: one per core).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        IndexReport report = run(corpus.corpus, index.index, threads, System.err);
        System.out.println(report.summary());
        return 0;
    }

    /** Indexes with a progress bar on {@code progress} when it is a terminal, and one warning per skipped file. */
    static IndexReport run(Path corpus, Path index, int threads, PrintStream progress) throws IOException {
        var indexer = new CorpusIndexer(new Tagger(), IndexAnalyzer.create(new TextAnalyzers()), threads);
        return indexer.index(corpus, index, new ProgressBar(progress, Terminal.interactive()));
    }

}
