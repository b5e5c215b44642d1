package org.fonti.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code ./fonti} command line. */
@Command(name = "fonti", mixinStandardHelpOptions = true, version = "fonti 0.1.0",
        description = "Search engine for journalists: index articles, tag who/what/where/when, search and cite.")
public final class FontiCommand implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new FontiCommand()).execute(args));
    }
}
