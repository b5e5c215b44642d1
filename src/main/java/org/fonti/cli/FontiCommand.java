package org.fonti.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code ./fonti} command line. */
@Command(name = "fonti", mixinStandardHelpOptions = true, version = "fonti 0.1.0",
        description = "Search engine for journalists: index articles, tag who/what/where/when, search and cite.",
        subcommands = {IndexCommand.class, ServeCommand.class, SearchCommand.class, TagCommand.class, EvalCommand.class, org.fonti.bench.BenchCommand.class})
public final class FontiCommand implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** Held so the logger's level sticks: Lucene warns through it that the incubating vector API is off. */
    private static final java.util.logging.Logger LUCENE_VECTORIZATION =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    public static void main(String[] args) {
        // Fonti uses no vector search, so Lucene's advice to enable the incubating Vector API is noise.
        LUCENE_VECTORIZATION.setLevel(java.util.logging.Level.SEVERE);
        System.exit(commandLine().execute(args));
    }

    /** The configured command line: failures print one line "fonti: reason" and exit with 1. */
    static CommandLine commandLine() {
        var cli = new CommandLine(new FontiCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("fonti: " + oneLine(e));
            return 1;
        });
        return cli;
    }

    private static String oneLine(Throwable e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        String message = switch (cause) {
            case NoSuchFileException missing -> "file not found: " + missing.getFile();
            case IOException io -> io.getMessage();
            case IllegalArgumentException bad -> bad.getMessage();
            default -> cause.toString();
        };
        return (message == null ? cause.getClass().getSimpleName() : message).replaceAll("\\s+", " ");
    }
}
