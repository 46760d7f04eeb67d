package org.issuepress.cli;

import org.issuepress.press.Pipeline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.EditorErrors;
import org.issuepress.diag.Lang;
import org.issuepress.diag.Messages;
import org.issuepress.diag.Printable;
import org.issuepress.diag.Severity;
import org.issuepress.finish.WriteFailed;
import org.issuepress.load.IssueFolder;
import org.issuepress.preflight.PreflightFailed;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options every command takes, and the one place failures become exit codes. */
final class CommonOptions {
    static final int EDITOR_ERRORS = 1;
    static final int INTERNAL_ERROR = 70;

    @Option(names = {"-q", "--quiet"}, descriptionKey = "help.quiet")
    boolean quiet;

    @Option(names = "--templates", paramLabel = "DIR", descriptionKey = "help.templates")
    Path templates;

    @Option(names = "--fonts", paramLabel = "DIR", descriptionKey = "help.fonts")
    Path fonts;

    @Option(names = "--debug", descriptionKey = "help.debug")
    boolean debug;

    /** Read before parsing (Main.run), so that help and parse errors speak it too; here for help and checking. */
    @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "help.lang", converter = LangConverter.class)
    Lang lang;

    static final class LangConverter implements CommandLine.ITypeConverter<Lang> {
        @Override
        public Lang convert(String value) {
            Lang l = Lang.parse(value);
            if (l == null) {
                throw new CommandLine.TypeConversionException(value); // worded by UsageErrors
            }
            return l;
        }
    }

    Pipeline pipeline(Console console) {
        return new Pipeline(Home.find("templates", templates), Home.find("fonts", fonts), console);
    }

    /** A command's work, given the terminal it reports to and the findings it collects. */
    interface Work {
        Integer call(Console console, Diagnostics d) throws Exception;
    }

    /** Runs a command's work with a new console and findings, failures turned into exit codes. */
    int run(Work work) {
        Console console = new Console(System.err, quiet);
        Diagnostics d = new Diagnostics();
        return run(console, d, () -> work.call(console, d));
    }

    /** Runs a command body: editor errors are listed, exit 1; our own bugs are one line, exit 70. */
    private int run(Console console, Diagnostics d, Callable<Integer> body) {
        try {
            return body.call();
        } catch (EditorErrors e) {
            console.stopped();
            console.diagnostics(e.diagnostics() == d ? d : merged(d, e.diagnostics()), System.err);
            System.err.println(Messages.text("cli.failed", String.valueOf(e.diagnostics().errorCount())));
            return EDITOR_ERRORS;
        } catch (PreflightFailed e) {
            console.stopped();
            e.lines(f -> true).forEach(System.err::println);
            System.err.println(Messages.text("cli.preflight-failed", String.valueOf(e.errors())));
            return EDITOR_ERRORS;
        } catch (WriteFailed e) {
            console.stopped();
            String why = e.reason() == WriteFailed.Reason.OTHER ? e.detail() : Messages.text(e.reason().key());
            System.err.println(Printable.escape(Severity.ERROR.label() + ": " + Messages.text("write-failed",
                    IssueFolder.displayName(e.file()), why, Messages.text(e.reason().key() + ".hint"))));
            return EDITOR_ERRORS;
        } catch (IOException e) {
            console.stopped();
            System.err.println(Printable.escape(Messages.text("cli.cannot-write", e.getMessage())));
            return EDITOR_ERRORS;
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            console.stopped();
            System.err.println(Messages.text(debug ? "cli.internal-error" : "cli.internal-error.debug", e.toString()));
            if (debug) {
                e.printStackTrace();
            }
            return INTERNAL_ERROR;
        }
    }

    private static Diagnostics merged(Diagnostics a, Diagnostics b) {
        Diagnostics m = new Diagnostics();
        m.addAll(a);
        m.addAll(b);
        return m;
    }
}
