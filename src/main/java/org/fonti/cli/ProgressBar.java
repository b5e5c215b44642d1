package org.fonti.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.fonti.index.IndexListener;

/** Draws indexing progress on a terminal (at most ten times a second) and prints a warning per skipped file. */
final class ProgressBar implements IndexListener {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean draw;
    private final long startNanos = System.nanoTime();
    private long lastDrawNanos;

    ProgressBar(PrintStream out, boolean draw) {
        this.out = out;
        this.draw = draw;
    }

    @Override
    public synchronized void fileDone(int done, int total) {
        long now = System.nanoTime();
        if (!draw || (done < total && now - lastDrawNanos < 100_000_000L)) {
            return;
        }
        lastDrawNanos = now;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        double seconds = Math.max(1e-3, (now - startNanos) / 1e9);
        out.printf("\r[%s%s] %d/%d files, %.0f files/s", "#".repeat(filled), ".".repeat(WIDTH - filled), done, total,
                done / seconds);
        if (done == total) {
            out.println();
        }
        out.flush();
    }

    @Override
    public synchronized void skipped(Path path, String reason) {
        if (draw) {
            out.print("\r\033[K");
        }
        out.println("warning: skipped " + path + ": " + reason);
    }
}
