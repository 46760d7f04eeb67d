package org.issuepress.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.issuepress.diag.Messages;
import org.issuepress.diag.ShellArg;
import org.issuepress.diag.Severity;
import org.issuepress.diag.SourcePos;
import org.issuepress.load.IssueFolder;
import org.issuepress.manuscript.NextIssue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "new", mixinStandardHelpOptions = true)
final class NewCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ISSUE_DIR", descriptionKey = "new.issue-dir")
    Path issueDir;

    @Option(names = "--from", paramLabel = "PREVIOUS_DIR", descriptionKey = "new.from")
    Path from;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        return common.run((console, d) -> {
            Path previous = from;
            if (previous == null) {
                previous = NextIssue.previous(issueDir).orElse(null);
                if (previous == null) {
                    d.report(Severity.ERROR, "new-no-previous", SourcePos.file(IssueFolder.displayName(issueDir)));
                    d.throwIfErrors();
                }
            }
            NextIssue.Made made = NextIssue.make(previous, issueDir, d);
            console.diagnostics(d, System.err);
            String dir = IssueFolder.displayName(made.dir());
            System.out.println(Messages.text("new.done", dir, made.issue(), made.number(), IssueFolder.displayName(previous)));
            System.out.println(Messages.text("new.next", ShellArg.of(dir),
                    made.sections().isEmpty() ? "…" : ShellArg.of(made.sections().get(0))));
            made.sections().forEach(s -> System.out.println("  " + s));
            return 0;
        });
    }
}
