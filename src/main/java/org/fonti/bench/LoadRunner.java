package org.fonti.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs the query mix against an engine with a fixed number of concurrent clients: a warm-up, then a fixed
 * number of timed requests shared by the clients. Request {@code i} is query {@code i mod mix size}, so
 * every engine sees the same sequence. A time limit stops a run that would take too long (a slow engine at
 * 100k articles), and the result says so.
 */
final class LoadRunner {

    private final List<BenchQuery> mix;
    private final int warmup;
    private final int requests;
    private final Duration limit;
    private final Consumer<String> progress;

    LoadRunner(List<BenchQuery> mix, int warmup, int requests, Duration limit, Consumer<String> progress) {
        this.mix = List.copyOf(mix);
        this.warmup = warmup;
        this.requests = requests;
        this.limit = limit;
        this.progress = progress;
    }

    Latencies run(SearchEngine engine, int clients) throws Exception {
        String label = engine.name() + ", " + clients + (clients == 1 ? " client" : " clients");
        progress.accept(label + ": warm-up, " + warmup + " requests");
        phase(engine, clients, warmup, limit.dividedBy(2), null, null, null);

        double[] millis = new double[requests];
        int[] hits = new int[requests];
        var answered = new boolean[requests];
        progress.accept(label + ": " + requests + " timed requests");
        long cpuBefore = CpuMeter.jvmNanos() + engine.externalCpuNanos();
        long start = System.nanoTime();
        int errors = phase(engine, clients, requests, limit, millis, hits, answered);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuMillis = (CpuMeter.jvmNanos() + engine.externalCpuNanos() - cpuBefore) / 1e6;

        var times = new ArrayList<Double>();
        var byKind = new LinkedHashMap<String, List<Double>>();
        var hitsOfKind = new LinkedHashMap<String, List<Double>>();
        long hitSum = 0;
        for (int i = 0; i < requests; i++) {
            if (answered[i]) {
                times.add(millis[i]);
                hitSum += hits[i];
                byKind.computeIfAbsent(mix.get(i % mix.size()).kind(), k -> new ArrayList<>()).add(millis[i]);
                hitsOfKind.computeIfAbsent(mix.get(i % mix.size()).kind(), k -> new ArrayList<>()).add((double) hits[i]);
            }
        }
        double[] sorted = Latencies.sorted(times.stream().mapToDouble(Double::doubleValue).toArray());
        var p50ByKind = new LinkedHashMap<String, Double>();
        var hitsByKind = new LinkedHashMap<String, Double>();
        QueryMix.KINDS.forEach(kind -> {
            var values = byKind.get(kind);
            if (values != null) {
                p50ByKind.put(kind, Latencies.percentile(Latencies.sorted(values.stream().mapToDouble(Double::doubleValue).toArray()), 50));
                hitsByKind.put(kind, hitsOfKind.get(kind).stream().mapToDouble(Double::doubleValue).average().orElse(0));
            }
        });
        double mean = times.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        var result = new Latencies(engine.name(), clients, sorted.length, requests, errors,
                Latencies.percentile(sorted, 50), Latencies.percentile(sorted, 95), Latencies.percentile(sorted, 99),
                sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1], mean, sorted.length / seconds,
                sorted.length == 0 ? 0 : (double) hitSum / sorted.length,
                sorted.length == 0 ? Double.NaN : cpuMillis / sorted.length, CpuMeter.loadAverage(), p50ByKind, hitsByKind);
        progress.accept("%s: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, %.1f queries/s, %.2f CPU ms/query, load %.1f%s%s".formatted(label, result.p50(),
                result.p95(), result.p99(), result.qps(), result.cpuMillisPerQuery(), result.loadAverage(), errors > 0 ? ", " + errors + " errors" : "",
                result.truncated() ? " (stopped by the " + limit.toSeconds() + " s limit after " + sorted.length + " requests)" : ""));
        return result;
    }

    /** Runs {@code count} requests over {@code clients} threads; returns the number of failed requests. */
    private int phase(SearchEngine engine, int clients, int count, Duration budget, double[] millis, int[] hits,
                      boolean[] answered) throws Exception {
        var next = new AtomicInteger();
        var errors = new AtomicInteger();
        var firstError = new AtomicReference<Throwable>();
        long deadline = System.nanoTime() + budget.toNanos();
        var finished = new CountDownLatch(clients);
        var threads = new ArrayList<Thread>();
        for (int t = 0; t < clients; t++) {
            SearchEngine.Client client = engine.newClient();
            threads.add(Thread.ofPlatform().name("bench-client-" + t).start(() -> {
                try (client) {
                    for (int i = next.getAndIncrement(); i < count && System.nanoTime() < deadline; i = next.getAndIncrement()) {
                        BenchQuery query = mix.get(i % mix.size());
                        long t0 = System.nanoTime();
                        try {
                            int n = client.search(query);
                            if (millis != null) {
                                millis[i] = (System.nanoTime() - t0) / 1e6;
                                hits[i] = n;
                                answered[i] = true;
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, new RuntimeException(query + ": " + e.getMessage(), e));
                        }
                    }
                } catch (Exception e) {
                    firstError.compareAndSet(null, e);
                } finally {
                    finished.countDown();
                }
            }));
        }
        finished.await();
        for (Thread thread : threads) {
            thread.join();
        }
        if (firstError.get() != null) {
            progress.accept(engine.name() + ": " + errors.get() + " failed requests; first: " + firstError.get().getMessage());
        }
        return errors.get();
    }
}
