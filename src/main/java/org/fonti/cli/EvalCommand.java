package org.fonti.cli;

import org.fonti.eval.EvalDatesCommand;
import org.fonti.eval.EvalNerCommand;
import org.fonti.eval.EvalClirCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure the taggers on annotated data and print precision, recall and speed.",
        subcommands = {EvalNerCommand.class, EvalDatesCommand.class, EvalClirCommand.class})
final class EvalCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        new CommandLine(spec).usage(System.out);
    }
}
