package org.fonti.bench;

import java.util.Arrays;
import java.util.Map;

/**
 * What one query run measured. Latencies in milliseconds, from sending the request to having read the last
 * row or byte of the answer.
 *
 * @param requests   requests answered and timed (after warm-up)
 * @param planned    requests the run meant to time; fewer when the time limit stopped it
 * @param errors     requests that failed (not timed)
 * @param qps        answered requests per second of wall time
 * @param meanHits   hits per query, averaged over the timed requests
 * @param cpuMillisPerQuery CPU time of this JVM (clients, and the engine when in process) plus the engine's
 *                   server processes, per answered request
 * @param loadAverage the machine's 1-minute load average at the end of the run (other programs included)
 * @param p50ByKind  median latency per query kind
 * @param hitsByKind mean hits per query kind
 */
public record Latencies(String engine, int clients, int requests, int planned, int errors, double p50, double p95,
                        double p99, double max, double mean, double qps, double meanHits, double cpuMillisPerQuery,
                        double loadAverage, Map<String, Double> p50ByKind, Map<String, Double> hitsByKind) {

    public boolean truncated() {
        return requests + errors < planned;
    }

    /** The nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double[] sorted(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }
}
