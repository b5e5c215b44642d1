package org.fonti.index;

import java.time.Duration;
import java.util.List;

/** What an indexing run did. {@code skipped} lists each skipped file with its reason. */
public record IndexReport(int indexed, int updated, int unchanged, int removed, List<SkippedFile> skipped,
                          int documents, Duration elapsed) {

    public record SkippedFile(String path, String reason) {
    }

    IndexReport withDocuments(int count, Duration took) {
        return new IndexReport(indexed, updated, unchanged, removed, skipped, count, took);
    }

    public boolean changedAnything() {
        return indexed + updated + removed > 0;
    }

    public String summary() {
        return "indexed %d, updated %d, unchanged %d, removed %d, skipped %d; %d documents in the index (%.1f s)"
                .formatted(indexed, updated, unchanged, removed, skipped.size(), documents, elapsed.toMillis() / 1000.0);
    }
}
