package org.fonti.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --corpus option, the same on every command. */
final class CorpusLocation {

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus",
            description = "Folder of article files (default: ${DEFAULT-VALUE}).")
    Path corpus;
}
