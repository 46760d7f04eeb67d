package org.issuepress.cli;

import java.io.PrintWriter;
import org.issuepress.diag.Messages;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A mistake on the command line, said in the language of the run (picocli's own sentences are
 * English): what is wrong, then the command's usage. Exit code 2, as picocli gives.
 */
final class UsageErrors implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(Messages.text("cli.usage-error", describe(e)));
        cl.usage(err);
        return cl.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static String describe(ParameterException e) {
        if (e instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
            CommandLine.Model.ArgSpec arg = m.getMissing().get(0);
            return Messages.text("cli.missing", arg instanceof CommandLine.Model.OptionSpec o ? o.longestName() : arg.paramLabel());
        }
        if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            return Messages.text("cli.unknown", String.join(" ", u.getUnmatched()));
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            CommandLine.Model.ArgSpec arg = e.getArgSpec();
            return Messages.text("cli.invalid-value", arg instanceof CommandLine.Model.OptionSpec o ? o.longestName() : arg.paramLabel(),
                    e.getValue());
        }
        return e.getMessage();
    }
}
