package org.fonti.index;

import java.nio.file.Path;

/** Hears about an indexing run as it goes, e.g. to draw a progress bar. Called from several threads. */
public interface IndexListener {

    default void started(int files) {
    }

    default void fileDone(int done, int total) {
    }

    default void skipped(Path path, String reason) {
    }

    IndexListener NONE = new IndexListener() {
    };
}
