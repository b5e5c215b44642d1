package org.fonti.index;

import java.io.IOException;
import java.nio.file.Path;

/** Another process (a running server, another indexing run) holds the index's write lock. */
public final class IndexBusyException extends IOException {
    public IndexBusyException(Path index, Throwable cause) {
        super("the index at " + index + " is being written by another process (a running `fonti serve` or `fonti index`); "
                + "stop it or use its HTTP API to add documents", cause);
    }
}
