package org.issuepress.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.EditorErrors;
import org.issuepress.diag.Messages;
import org.issuepress.diag.Printable;
import org.issuepress.diag.Severity;
import org.issuepress.finish.WriteFailed;
import org.issuepress.load.IssueFolder;
import org.issuepress.preflight.PreflightFailed;
import picocli.CommandLine.Option;

/** Options every command takes, and the one place failures become exit codes. */
final class CommonOptions {
    static final int EDITOR_ERRORS = 1;
    static final int INTERNAL_ERROR = 70;

    @Option(names = {"-q", "--quiet"}, description = "print only problems, no progress")
    boolean quiet;

    @Option(names = "--templates", paramLabel = "DIR", description = "templates folder (default: ./templates)")
    Path templates;

    @Option(names = "--fonts", paramLabel = "DIR", description = "fonts folder (default: ./fonts)")
    Path fonts;

    @Option(names = "--debug", description = "show the stack trace of an internal error")
    boolean debug;

    Pipeline pipeline(Console console) {
        return new Pipeline(Home.find("templates", templates), Home.find("fonts", fonts), console);
    }

    /** Runs a command body: editor errors are listed, exit 1; our own bugs are one line, exit 70. */
    int run(Console console, Diagnostics d, Callable<Integer> body) {
        try {
            return body.call();
        } catch (EditorErrors e) {
            console.info("");
            console.diagnostics(e.diagnostics() == d ? d : merged(d, e.diagnostics()), System.err);
            System.err.println(e.diagnostics().errorCount() + " error(s): nothing was written; earlier output is unchanged");
            return EDITOR_ERRORS;
        } catch (PreflightFailed e) {
            console.info("");
            e.reports().forEach(r -> r.findings().forEach(f -> System.err.println(f.format())));
            System.err.println("preflight: " + e.errors() + " error(s) a print shop would reject: nothing was written; "
                    + "earlier output is unchanged");
            return EDITOR_ERRORS;
        } catch (WriteFailed e) {
            console.info("");
            String why = e.reason() == WriteFailed.Reason.OTHER ? e.detail() : Messages.text(e.reason().key());
            System.err.println(Printable.escape(Severity.ERROR.label() + ": " + Messages.text("write-failed",
                    IssueFolder.displayName(e.file()), why, Messages.text(e.reason().key() + ".hint"))));
            return EDITOR_ERRORS;
        } catch (IOException e) {
            console.info("");
            System.err.println(Printable.escape(Messages.text("cli.cannot-write", e.getMessage())));
            return EDITOR_ERRORS;
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            console.info("");
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
