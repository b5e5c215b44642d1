package org.fonti.bench;

/**
 * One engine's indexing (or loading) of the whole corpus.
 *
 * @param corpusBytes  bytes of the corpus files (front matter included), for MB/s
 * @param peakHeapUsed peak heap in use during the phase, sampled (-1 when not measured: other processes)
 * @param peakHeapLive peak heap left after a collection during the phase (-1 when not measured)
 */
public record IndexingResult(String engine, int articles, long corpusBytes, double seconds, long sizeOnDisk,
                             long peakHeapUsed, long peakHeapLive) {

    public double articlesPerSecond() {
        return articles / seconds;
    }

    public double megabytesPerSecond() {
        return corpusBytes / 1e6 / seconds;
    }
}
