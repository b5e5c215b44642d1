package org.fonti.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every figure of one benchmark run, printed as one table and written as JSON. */
public record BenchReport(Machine machine, Settings settings, Generation generation, List<IndexingResult> indexing,
                          List<Latencies> search, ChildServerCheck.Result childServer, List<BenchQuery> queries,
                          Map<String, Double> ratios, List<Target> targets, List<String> notes, double totalSeconds) {

    public record Machine(int cores, long memoryBytes, String cpu, String jdk, String os, String postgres, String sqlite) {
    }

    public record Settings(int articles, long seed, int requests, int warmup, int threads, int runLimitSeconds,
                           int childBurstRequests, String childHeap) {
    }

    public record Generation(int articles, long bytes, int poolSentences, double seconds) {
    }

    /** A target of the project; {@code met} is null when the run could not measure it. */
    public record Target(String name, String goal, String measured, Boolean met) {
    }

    static Map<String, Double> ratios(List<IndexingResult> indexing, List<Latencies> search) {
        var ratios = new LinkedHashMap<String, Double>();
        var fontiIndex = indexing(indexing, "fonti");
        var luceneIndex = indexing(indexing, "lucene");
        if (fontiIndex.isPresent() && luceneIndex.isPresent()) {
            ratios.put("indexing articles/s fonti/lucene", fontiIndex.get().articlesPerSecond() / luceneIndex.get().articlesPerSecond());
            ratios.put("indexing per CPU second fonti/lucene",
                    luceneIndex.get().cpuMillisPerArticle() / fontiIndex.get().cpuMillisPerArticle());
        }
        for (String other : List.of("postgresql", "sqlite-fts5")) {
            for (int clients : new int[] {1, 4}) {
                var f = latencies(search, "fonti", clients);
                var o = latencies(search, other, clients);
                if (f.isPresent() && o.isPresent()) {
                    String suffix = " fonti/" + other + " (" + clients + "c)";
                    ratios.put("p50" + suffix, f.get().p50() / o.get().p50());
                    ratios.put("p99" + suffix, f.get().p99() / o.get().p99());
                    ratios.put("queries/s" + suffix, f.get().qps() / o.get().qps());
                    ratios.put("CPU ms/query" + suffix, f.get().cpuMillisPerQuery() / o.get().cpuMillisPerQuery());
                }
            }
        }
        return ratios;
    }

    static List<Target> targets(List<IndexingResult> indexing, List<Latencies> search, ChildServerCheck.Result child,
                                double totalSeconds, int articles) {
        var targets = new ArrayList<Target>();
        var fonti1 = latencies(search, "fonti", 1);
        var fonti4 = latencies(search, "fonti", 4);
        var pg1 = latencies(search, "postgresql", 1);
        var sqlite1 = latencies(search, "sqlite-fts5", 1);
        if (fonti1.isPresent() && pg1.isPresent()) {
            double speedup = pg1.get().p50() / fonti1.get().p50();
            targets.add(new Target("search p50 vs PostgreSQL ts_headline (1 client)", ">= 10x faster",
                    "%.1fx faster (%.2f vs %.2f ms)".formatted(speedup, fonti1.get().p50(), pg1.get().p50()), speedup >= 10));
        } else {
            targets.add(new Target("search p50 vs PostgreSQL ts_headline (1 client)", ">= 10x faster", "not measured", null));
        }
        if (fonti1.isPresent() && sqlite1.isPresent()) {
            targets.add(new Target("search p50 vs SQLite FTS5 in-process (1 client)", "no slower",
                    "%.2f vs %.2f ms".formatted(fonti1.get().p50(), sqlite1.get().p50()), fonti1.get().p50() <= sqlite1.get().p50()));
        } else {
            targets.add(new Target("search p50 vs SQLite FTS5 in-process (1 client)", "no slower", "not measured", null));
        }
        fonti4.ifPresent(l -> targets.add(new Target("search p99 at 4 clients", "< 50 ms",
                "%.2f ms".formatted(l.p99()), l.p99() < 50)));
        var f = indexing(indexing, "fonti");
        var l = indexing(indexing, "lucene");
        if (f.isPresent() && l.isPresent()) {
            double ratio = f.get().articlesPerSecond() / l.get().articlesPerSecond();
            double cpuRatio = l.get().cpuMillisPerArticle() / f.get().cpuMillisPerArticle();
            targets.add(new Target("indexing with full tagging vs bare Lucene", ">= 0.5x",
                    "%.2fx (%.0f vs %.0f articles/s; per CPU second %.2fx)".formatted(ratio, f.get().articlesPerSecond(),
                            l.get().articlesPerSecond(), cpuRatio), ratio >= 0.5));
        }
        if (child != null) {
            targets.add(new Target("serving within a " + child.heap() + " heap", "answers every query",
                    child.failure() != null ? child.failure()
                            : "%d/%d answered, %s".formatted(child.burstAnswered(), child.burstRequests(), child.aliveAfterBurst() ? "alive" : "died"),
                    child.answeredAll()));
            targets.add(new Target("process start to first answered query", "< 2 s",
                    "%.2f s".formatted(child.startSeconds()), child.failure() == null && child.startSeconds() < 2));
        }
        targets.add(new Target("whole benchmark run (" + articles + " articles)", "< 20 min at 100k",
                "%.1f min".formatted(totalSeconds / 60), articles >= 100_000 ? totalSeconds < 20 * 60 : null));
        return targets;
    }

    void print(PrintStream out) {
        out.println();
        out.printf("Fonti benchmark: %,d articles (%.1f MB), seed %d; %d cores, %.1f GB RAM, %s; %s%n",
                generation.articles(), generation.bytes() / 1e6, settings.seed(), machine.cores(),
                machine.memoryBytes() / 1e9, machine.cpu(), machine.jdk());
        out.println();
        out.printf("%-34s %10s %8s %9s %11s %6s %10s %16s%n", "INDEXING", "articles/s", "MB/s", "time s",
                "CPU ms/art", "load", "size MB", "peak heap MB");
        for (IndexingResult r : indexing) {
            out.printf("%-34s %10.0f %8.2f %9.1f %11.2f %6.1f %10.1f %16s%n", label(r.engine()), r.articlesPerSecond(),
                    r.megabytesPerSecond(), r.seconds(), r.cpuMillisPerArticle(), r.loadAverage(), r.sizeOnDisk() / 1e6,
                    r.peakHeapUsed() < 0 ? "-" : "%d / %d".formatted(r.peakHeapUsed() >> 20, r.peakHeapLive() >> 20));
        }
        out.println("  (CPU ms/art: CPU time of the indexing process(es) per article, not inflated by other programs;"
                + " load: 1-min load average at the end;");
        out.println("   peak heap: sampled used / after-GC live, in this JVM; PostgreSQL and SQLite times include"
                + " building their full-text indexes)");
        out.println();
        out.printf("%-34s %7s %8s %8s %8s %9s %9s %6s %7s %9s%n", "SEARCH top 10 + passages", "clients", "p50 ms",
                "p95 ms", "p99 ms", "queries/s", "CPU ms/q", "load", "hits/q", "requests");
        for (Latencies l : search) {
            out.printf("%-34s %7d %8.2f %8.2f %8.2f %9.1f %9.2f %6.1f %7.2f %9s%n", label(l.engine()), l.clients(), l.p50(),
                    l.p95(), l.p99(), l.qps(), l.cpuMillisPerQuery(), l.loadAverage(), l.meanHits(),
                    l.requests() + (l.truncated() ? "*" : "") + (l.errors() > 0 ? " E" + l.errors() : ""));
        }
        out.println("  (CPU ms/q: CPU of this JVM, i.e. clients plus Fonti or SQLite, plus PostgreSQL's server processes,"
                + " per query)");
        if (search.stream().anyMatch(Latencies::truncated)) {
            out.println("  * stopped by the per-run time limit of " + settings.runLimitSeconds() + " s");
        }
        out.println();
        var kinds = new ArrayList<String>();
        out.printf("%-34s", "p50 ms by query kind (1 client)");
        for (String kind : QueryMix.KINDS) {
            out.printf(" %13s", kind);
            kinds.add(kind);
        }
        out.println();
        for (Latencies l : search) {
            if (l.clients() == 1) {
                out.printf("%-34s", label(l.engine()));
                kinds.forEach(kind -> {
                    Double v = l.p50ByKind().get(kind);
                    out.printf(" %13s", v == null ? "-" : "%.2f".formatted(v));
                });
                out.println();
            }
        }
        out.printf("%-34s%n", "hits per query by kind (1 client)");
        for (Latencies l : search) {
            if (l.clients() == 1) {
                out.printf("%-34s", label(l.engine()));
                kinds.forEach(kind -> {
                    Double v = l.hitsByKind().get(kind);
                    out.printf(" %13s", v == null ? "-" : "%.1f".formatted(v));
                });
                out.println();
            }
        }
        if (childServer != null) {
            out.println();
            var c = childServer;
            if (c.failure() != null) {
                out.println("CHILD SERVER (-Xmx" + c.heap() + "): " + c.failure());
            } else {
                out.printf("CHILD SERVER fonti serve --no-index -Xmx%s: first search answered %.2f s after launch"
                                + " (%.2f CPU s; health %.2f s);%n  burst %d/%d answered at %d clients in %.1f s; peak RSS %d MB; %s%n",
                        c.heap(), c.startSeconds(), c.startCpuSeconds(), c.healthSeconds(), c.burstAnswered(), c.burstRequests(), c.burstClients(),
                        c.burstSeconds(), c.peakRssBytes() >> 20, c.aliveAfterBurst() ? "still alive" : "DIED");
            }
        }
        out.println();
        out.println("RATIOS (latency ratios below 1 and throughput ratios above 1 favour Fonti)");
        ratios.forEach((name, value) -> out.printf("  %-44s %8.3f%n", name, value));
        out.println();
        out.println("TARGETS");
        for (Target t : targets) {
            out.printf("  %-6s %-50s goal %-22s measured %s%n",
                    t.met() == null ? "n/a" : t.met() ? "PASS" : "FAIL", t.name(), t.goal(), t.measured());
        }
        notes.forEach(note -> out.println("  note: " + note));
        out.printf("%nTotal run time %.1f min%n", totalSeconds / 60);
    }

    void writeJson(Path file) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), this);
    }

    private static String label(String engine) {
        return switch (engine) {
            case "fonti" -> "fonti (full pipeline / HTTP)";
            case "lucene" -> "bare Lucene (ItalianAnalyzer)";
            case "postgresql" -> "PostgreSQL FTS (ts_headline)";
            case "sqlite-fts5" -> "SQLite FTS5 (snippet)";
            default -> engine;
        };
    }

    private static Optional<IndexingResult> indexing(List<IndexingResult> all, String engine) {
        return all.stream().filter(r -> r.engine().equals(engine)).findFirst();
    }

    private static Optional<Latencies> latencies(List<Latencies> all, String engine, int clients) {
        return all.stream().filter(l -> l.engine().equals(engine) && l.clients() == clients).findFirst();
    }
}
