package org.fonti.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.fonti.analysis.TextAnalyzers;
import org.fonti.http.FontiServer;
import org.fonti.index.CorpusIndexer;
import org.fonti.index.IndexAnalyzer;
import org.fonti.index.IndexListener;
import org.fonti.search.FacetValue;
import org.fonti.search.SearchRequest;
import org.fonti.search.SearchService;
import org.fonti.tagging.Tagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Reproducible performance benchmark. Generates a synthetic Italian news corpus",
                "from real sentences, indexes it with Fonti and with bare Lucene, runs a fixed",
                "query mix through Fonti's HTTP API at 1 and 4 clients, checks start-up time and",
                "serving in a 512 MB heap, and runs the same corpus and queries on PostgreSQL",
                "full-text search and SQLite FTS5. Prints one table (see docs/BENCHMARKS.md)."})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--articles", paramLabel = "N", defaultValue = "10000", description = "Articles to generate (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "2000", description = "Timed requests per engine and client level (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "300", description = "Warm-up requests before each timed run (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench", description = "Work folder for the corpus, indexes and databases (default: ${DEFAULT-VALUE}); its contents are replaced.")
    Path work;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data", description = "Shared data folder with text/*.gz (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write every figure as JSON to FILE.")
    Path json;

    @Option(names = "--seed", defaultValue = "" + CorpusGenerator.DEFAULT_SEED, description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Indexing threads for Fonti and bare Lucene (default: one per core).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--run-limit", paramLabel = "SECONDS", defaultValue = "60", description = "Longest timed query run; a slower engine is stopped and the run marked (default: ${DEFAULT-VALUE}).")
    int runLimit;

    @Option(names = "--child-heap", defaultValue = "512m", description = "Heap of the separately started server (default: ${DEFAULT-VALUE}).")
    String childHeap;

    @Option(names = "--child-requests", paramLabel = "N", defaultValue = "400", description = "Query burst against the separately started server, at 4 clients (default: ${DEFAULT-VALUE}).")
    int childRequests;

    @Option(names = "--skip", split = ",", paramLabel = "ENGINE", description = "Engines to leave out: postgresql, sqlite, lucene, child.")
    List<String> skip = new ArrayList<>();

    private static final List<String> SKIPPABLE = List.of("postgresql", "sqlite", "lucene", "child");

    private final long started = System.nanoTime();

    @Override
    public Integer call() throws Exception {
        List<String> pool;
        try {
            pool = SentencePool.load(data);
        } catch (NoSuchFileException missing) {
            System.err.println("bench: the sentence files are missing: " + missing.getFile() + " not found. Pass --data DIR,"
                    + " the shared data folder holding " + SentencePool.WIKINEWS + " and " + SentencePool.EUROPARL + ".");
            return 2;
        }
        if (articles < 1 || requests < 1 || warmup < 0) {
            System.err.println("bench: --articles and --requests must be at least 1, --warmup at least 0");
            return 2;
        }
        var unknown = skip.stream().filter(name -> !SKIPPABLE.contains(name)).toList();
        if (!unknown.isEmpty()) {
            System.err.println("bench: --skip takes " + String.join(", ", SKIPPABLE) + "; not " + String.join(", ", unknown));
            return 2;
        }
        Files.createDirectories(work);
        var notes = new ArrayList<String>();

        // 1. Corpus
        Path corpus = work.resolve("corpus");
        progress("generating %,d articles from %,d sentences into %s".formatted(articles, pool.size(), corpus));
        long t0 = System.nanoTime();
        FileTrees.delete(corpus);
        var generator = new CorpusGenerator(pool, seed);
        var stats = new TermStatistics();
        long bytes = generator.write(corpus, articles, stats, percentEvery(10, articles, "generated"));
        var generation = new BenchReport.Generation(articles, bytes, pool.size(), seconds(t0));
        progress("generated %,d articles, %.1f MB, in %.1f s".formatted(articles, bytes / 1e6, generation.seconds()));

        // 2. Indexing
        var indexing = new ArrayList<IndexingResult>();
        Path fontiIndex = work.resolve("index-fonti");
        indexing.add(indexFonti(corpus, fontiIndex, bytes));
        if (!skip.contains("lucene")) {
            indexing.add(indexLucene(corpus, work.resolve("index-lucene"), bytes));
        }

        // 3. Fonti over HTTP
        var search = new ArrayList<Latencies>();
        List<BenchQuery> mix;
        try (var service = new SearchService(fontiIndex, new TextAnalyzers());
             var server = new FontiServer(service, new Tagger()).start("127.0.0.1", 0)) {
            mix = QueryMix.build(stats, TermStatistics.frequentBigrams(pool, 40), topEntities(service, stats));
            progress("query mix (" + mix.size() + " queries): " + mix);
            var fonti = new FontiHttpEngine("127.0.0.1", server.port());
            for (int clients : new int[] {1, 4}) {
                search.add(runner(mix).run(fonti, clients));
            }
        }
        ChildServerCheck.Result child = null;
        if (!skip.contains("child")) {
            child = ChildServerCheck.run(fontiIndex.toAbsolutePath(), childHeap, mix, childRequests, 4,
                    work.resolve("child-server.log"), BenchCommand::progress);
        }

        // 4. The alternatives
        String postgresVersion = "not run";
        if (!skip.contains("postgresql")) {
            postgresVersion = runPostgres(generator, bytes, mix, indexing, search, notes);
        }
        String sqliteVersion = "not run";
        if (!skip.contains("sqlite")) {
            sqliteVersion = runSqlite(generator, bytes, mix, indexing, search);
        }

        // 5. Report
        double total = seconds(started);
        var report = new BenchReport(Machine.describe(postgresVersion, sqliteVersion),
                new BenchReport.Settings(articles, seed, requests, warmup, threads, runLimit, childRequests, childHeap),
                generation, indexing, search, child, mix, BenchReport.ratios(indexing, search),
                BenchReport.targets(indexing, search, child, total, articles), notes, total);
        report.print(System.out);
        if (json != null) {
            report.writeJson(json);
            progress("wrote " + json);
        }
        return 0;
    }

    private LoadRunner runner(List<BenchQuery> mix) {
        return new LoadRunner(mix, warmup, requests, Duration.ofSeconds(runLimit), BenchCommand::progress);
    }

    private IndexingResult indexFonti(Path corpus, Path index, long bytes) throws Exception {
        FileTrees.delete(index);
        progress("indexing with Fonti's full pipeline (tagging, " + threads + " threads) into " + index);
        var indexer = new CorpusIndexer(new Tagger(), IndexAnalyzer.create(new TextAnalyzers()), threads);
        IndexListener listener = new IndexListener() {
            private final java.util.function.IntConsumer report = percentEvery(10, articles, "fonti indexed");

            @Override
            public void fileDone(int done, int total) {
                report.accept(done);
            }

            @Override
            public void skipped(Path path, String reason) {
                progress("fonti skipped " + path + ": " + reason);
            }
        };
        try (var heap = new HeapSampler()) {
            long cpu0 = CpuMeter.jvmNanos();
            long t0 = System.nanoTime();
            var result = indexer.index(corpus, index, listener);
            double s = seconds(t0);
            var r = new IndexingResult("fonti", result.documents(), bytes, s, (CpuMeter.jvmNanos() - cpu0) / 1e9,
                    CpuMeter.loadAverage(), FileTrees.size(index), heap.peakUsed(), heap.peakLive());
            progress("fonti: %,d articles in %.1f s, %.0f articles/s, %.1f CPU ms/article, load %.1f".formatted(
                    r.articles(), s, r.articlesPerSecond(), r.cpuMillisPerArticle(), r.loadAverage()));
            return r;
        }
    }

    private IndexingResult indexLucene(Path corpus, Path index, long bytes) throws Exception {
        FileTrees.delete(index);
        progress("indexing with bare Lucene (ItalianAnalyzer, no tagging, " + threads + " threads) into " + index);
        try (var heap = new HeapSampler()) {
            long cpu0 = CpuMeter.jvmNanos();
            long t0 = System.nanoTime();
            int n = LuceneBaseline.index(corpus, index, threads, percentEvery(20, articles, "lucene indexed"));
            double s = seconds(t0);
            var r = new IndexingResult("lucene", n, bytes, s, (CpuMeter.jvmNanos() - cpu0) / 1e9, CpuMeter.loadAverage(),
                    FileTrees.size(index), heap.peakUsed(), heap.peakLive());
            progress("lucene: %,d articles in %.1f s, %.0f articles/s, %.1f CPU ms/article, load %.1f".formatted(
                    n, s, r.articlesPerSecond(), r.cpuMillisPerArticle(), r.loadAverage()));
            return r;
        }
    }

    private String runPostgres(CorpusGenerator generator, long bytes, List<BenchQuery> mix,
                               List<IndexingResult> indexing, List<Latencies> search, List<String> notes) throws Exception {
        var bin = PostgresServer.findBinaries();
        if (bin.isEmpty()) {
            String why = "PostgreSQL not found (looked in " + PostgresServer.BIN_FOLDERS + "): skipping";
            progress(why);
            notes.add(why);
            return "not found";
        }
        progress("starting a private PostgreSQL from " + bin.get() + " in " + work.resolve("pg"));
        try (var server = PostgresServer.start(bin.get(), work.toAbsolutePath())) {
            var engine = new PostgresEngine(server.jdbcUrl(), server::cpuNanos);
            String version;
            try (var c = DriverManager.getConnection(server.jdbcUrl()); var s = c.createStatement();
                 var rs = s.executeQuery("SHOW server_version")) {
                rs.next();
                version = "PostgreSQL " + rs.getString(1);
            }
            progress(version + " on port " + server.port() + ": loading " + articles + " articles (COPY, generated tsvector, GIN)");
            long cpu0 = server.cpuNanos();
            long t0 = System.nanoTime();
            engine.load(generator, articles, percentEvery(20, articles, "postgresql loaded"));
            double s = seconds(t0);
            var r = new IndexingResult("postgresql", articles, bytes, s, (server.cpuNanos() - cpu0) / 1e9,
                    CpuMeter.loadAverage(), engine.sizeOnDisk(), -1, -1);
            progress("postgresql: loaded and indexed in %.1f s, %.0f articles/s".formatted(s, r.articlesPerSecond()));
            indexing.add(r);
            for (int clients : new int[] {1, 4}) {
                search.add(runner(mix).run(engine, clients));
            }
            return version;
        } catch (IOException | SQLException e) {
            String why = "PostgreSQL failed: " + e.getMessage();
            progress(why);
            notes.add(why);
            return "failed";
        }
    }

    private String runSqlite(CorpusGenerator generator, long bytes, List<BenchQuery> mix,
                             List<IndexingResult> indexing, List<Latencies> search) throws Exception {
        Path database = work.resolve("sqlite-fts5.db");
        var engine = new SqliteEngine(database);
        String version;
        try (var c = DriverManager.getConnection("jdbc:sqlite::memory:"); var s = c.createStatement();
             var rs = s.executeQuery("SELECT sqlite_version()")) {
            rs.next();
            version = "SQLite " + rs.getString(1);
        }
        progress(version + ": loading " + articles + " articles into FTS5 (" + database + ")");
        long cpu0 = CpuMeter.jvmNanos();
        long t0 = System.nanoTime();
        engine.load(generator, articles, percentEvery(20, articles, "sqlite loaded"));
        double s = seconds(t0);
        var r = new IndexingResult("sqlite-fts5", articles, bytes, s, (CpuMeter.jvmNanos() - cpu0) / 1e9,
                CpuMeter.loadAverage(), engine.sizeOnDisk(), -1, -1);
        progress("sqlite: loaded and indexed in %.1f s, %.0f articles/s".formatted(s, r.articlesPerSecond()));
        indexing.add(r);
        for (int clients : new int[] {1, 4}) {
            search.add(runner(mix).run(engine, clients));
        }
        return version;
    }

    /**
     * Entity filters from the facets of a query matching many articles: per type, the most frequent entity whose
     * canonical name is written as such in the text (one of {@link NewsNames}), so that PostgreSQL and SQLite,
     * which only see words, can filter on the same name ("Roma" may be canonicalised to "Rome"); then a second
     * person. Falls back to the top facet values when none qualifies.
     */
    private static List<String> topEntities(SearchService service, TermStatistics stats) throws IOException {
        String broad = stats.byFrequency().getFirst();
        var facets = service.search(SearchRequest.builder(broad).size(0).build()).facets().entities();
        var written = NewsNames.NAMES.stream().map(n -> n.text().toLowerCase(Locale.ROOT)).toList();
        var picked = new ArrayList<String>();
        var fallback = new ArrayList<String>();
        for (String type : List.of("PER", "ORG", "LOC", "PER")) {
            for (FacetValue value : facets.getOrDefault(type, List.of())) {
                String key = type + ":" + value.value();
                if (picked.contains(key)) {
                    continue;
                }
                if (written.contains(value.value().toLowerCase(Locale.ROOT))) {
                    picked.add(key);
                    break;
                }
                if (!fallback.contains(key)) {
                    fallback.add(key);
                }
            }
        }
        for (int i = 0; picked.size() < QueryMix.PER_KIND && i < fallback.size(); i++) {
            picked.add(fallback.get(i));
        }
        return picked;
    }

    private static java.util.function.IntConsumer percentEvery(int percent, int total, String what) {
        int step = Math.max(1, total * percent / 100);
        var last = new java.util.concurrent.atomic.AtomicInteger();
        return done -> {
            int bucket = done / step;
            int previous = last.get();
            if ((bucket > previous || done == total) && last.compareAndSet(previous, Math.max(bucket, previous + 1))) {
                progress("%s %,d/%,d (%d%%)".formatted(what, done, total, Math.round(100.0 * done / total)));
            }
        };
    }

    static void progress(String message) {
        System.err.printf(Locale.ROOT, "bench [%tT] %s%n", System.currentTimeMillis(), message);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** The machine the run happened on. */
    static final class Machine {
        private Machine() {
        }

        static BenchReport.Machine describe(String postgres, String sqlite) {
            long memory = -1;
            if (java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                memory = os.getTotalMemorySize();
            }
            String cpu = "unknown CPU";
            try {
                cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                        .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
            } catch (IOException notLinux) {
                // keep "unknown CPU"
            }
            String jdk = System.getProperty("java.vm.name") + " " + Runtime.version();
            String os = System.getProperty("os.name") + " " + System.getProperty("os.version");
            return new BenchReport.Machine(Runtime.getRuntime().availableProcessors(), memory, cpu, jdk, os, postgres, sqlite);
        }
    }

}
