package org.fonti.corpus;

import java.nio.file.Path;

/** What reading one corpus file gave: an article, or the reason it was skipped. */
public sealed interface ReadOutcome {

    Path path();

    record Read(Path path, Article article) implements ReadOutcome {
    }

    record Skipped(Path path, String reason) implements ReadOutcome {
    }
}
