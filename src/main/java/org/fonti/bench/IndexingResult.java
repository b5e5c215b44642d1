package org.fonti.bench;

/**
 * One engine's indexing (or loading) of the whole corpus.
 *
 * @param corpusBytes  bytes of the corpus files (front matter included), for MB/s
 * @param cpuSeconds   CPU time of the engine's process(es) during the phase (this JVM, or the database server's)
 * @param loadAverage  the machine's 1-minute load average at the end of the phase
 * @param peakHeapUsed peak heap in use during the phase, sampled (-1 when not measured: other processes)
 * @param peakHeapLive peak heap left after a collection during the phase (-1 when not measured)
 */
public record IndexingResult(String engine, int articles, long corpusBytes, double seconds, double cpuSeconds,
                             double loadAverage, long sizeOnDisk, long peakHeapUsed, long peakHeapLive) {

    /** CPU time per article in milliseconds: unlike articles/s, not inflated by other programs using the cores. */
    public double cpuMillisPerArticle() {
        return cpuSeconds * 1000 / articles;
    }

    public double articlesPerSecond() {
        return articles / seconds;
    }

    public double megabytesPerSecond() {
        return corpusBytes / 1e6 / seconds;
    }
}
