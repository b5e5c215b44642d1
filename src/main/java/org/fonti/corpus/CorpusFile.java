package org.fonti.corpus;

import java.nio.file.Path;

/** A candidate article file found in the corpus folder, before it is read. */
public record CorpusFile(Path path, String id, long size, long modifiedMillis) {
}
