package org.fonti.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code fonti serve --no-index} started as a separate process with a capped heap, as a user would start it on
 * an existing index: how long from launching the process to the first answered search, and whether it answers a
 * burst of queries from concurrent clients within that heap.
 */
final class ChildServerCheck {

    /**
     * @param startSeconds   from launching the JVM to the first search answered with 200
     * @param startCpuSeconds CPU time the child had used when it answered that first search (all its threads)
     * @param healthSeconds  from launching the JVM to the first 200 from /api/health
     * @param burstAnswered  burst requests answered with 200
     * @param peakRssBytes   the child's peak resident memory (VmHWM), or -1 when unknown
     */
    record Result(String heap, double startSeconds, double startCpuSeconds, double healthSeconds, int burstRequests, int burstAnswered,
                  int burstClients, double burstSeconds, boolean aliveAfterBurst, long peakRssBytes, String failure) {

        boolean answeredAll() {
            return failure == null && burstAnswered == burstRequests && aliveAfterBurst;
        }
    }

    private ChildServerCheck() {
    }

    static Result run(Path index, String heap, List<BenchQuery> mix, int requests, int clients, Path log,
                      Consumer<String> progress) throws Exception {
        int port = PostgresServer.freePort();
        var command = new ArrayList<String>();
        command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of("-Xmx" + heap, "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), "org.fonti.cli.FontiCommand",
                "serve", "--no-index", "--index", index.toString(), "--port", String.valueOf(port)));
        progress.accept("child server: starting fonti serve --no-index with -Xmx" + heap + " on port " + port);
        Files.deleteIfExists(log);
        long launched = System.nanoTime();
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build()) {
            String base = "http://127.0.0.1:" + port;
            double health = poll(http, base + "/api/health", child, launched);
            if (Double.isNaN(health)) {
                return failed(heap, "the child did not answer /api/health within 60 s; see " + log);
            }
            double first = poll(http, base + FontiHttpEngine.searchPath(mix.getFirst()), child, launched);
            if (Double.isNaN(first)) {
                return failed(heap, "the child did not answer a search within 60 s; see " + log);
            }
            double startCpu = child.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
            progress.accept("child server: health after %.2f s, first search answered after %.2f s (%.2f CPU s), load %.1f"
                    .formatted(health, first, startCpu, CpuMeter.loadAverage()));

            var engine = new FontiHttpEngine("127.0.0.1", port);
            var runner = new LoadRunner(mix, 0, requests, Duration.ofMinutes(5), progress);
            Latencies burst = runner.run(new SearchEngine() {
                @Override
                public String name() {
                    return "fonti-child-" + heap;
                }

                @Override
                public Client newClient() {
                    return engine.newClient();
                }
            }, clients);
            long rss = peakRss(child.pid());
            return new Result(heap, first, startCpu, health, requests, burst.requests(), clients,
                    burst.requests() / Math.max(1e-9, burst.qps()), child.isAlive(), rss, null);
        } finally {
            child.destroy(); // SIGTERM: the server's shutdown hook closes it cleanly
            if (!child.waitFor(15, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
    }

    /** Seconds from {@code launched} to the first 200 from {@code url}, or NaN after 60 s or if the child died. */
    private static double poll(HttpClient http, String url, Process child, long launched) throws InterruptedException {
        long deadline = launched + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && child.isAlive()) {
            try {
                FontiHttpEngine.get(http, url);
                return (System.nanoTime() - launched) / 1e9;
            } catch (IOException notYet) {
                Thread.sleep(5);
            }
        }
        return Double.NaN;
    }

    private static long peakRss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException unknown) {
            // not Linux, or the process is gone
        }
        return -1;
    }

    private static Result failed(String heap, String why) {
        return new Result(heap, Double.NaN, Double.NaN, Double.NaN, 0, 0, 0, 0, false, -1, why);
    }
}
