package org.fonti.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --index option, the same on every command. */
final class IndexLocation {

    static final String DEFAULT = "data/index";

    @Option(names = "--index", paramLabel = "DIR", defaultValue = DEFAULT,
            description = "Index folder (default: ${DEFAULT-VALUE}, relative to the working directory).")
    Path index;
}
