package org.issuepress.cli;

import org.issuepress.press.Loaded;
import org.issuepress.press.OutputOwner;
import org.issuepress.press.Pipeline;
import org.issuepress.press.ProofRate;
import org.issuepress.press.StillToSupply;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.issuepress.diag.EditorErrors;
import org.issuepress.diag.Messages;
import org.issuepress.load.AcceptedFindings;
import org.issuepress.load.IssueFolder;
import org.issuepress.manuscript.NotesFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Words: issue-press.check.usage.* and help.* in the message catalogue. */
@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ISSUE_DIR", descriptionKey = "help.issue-dir")
    Path issueDir;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", descriptionKey = "help.check.out", defaultValue = "output")
    Path out;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        return common.run((console, d) -> {
            Pipeline p = common.pipeline(console);
            Loaded loaded = null;
            try {
                loaded = p.load(issueDir, d);
                OutputOwner.check(loaded.issue(), out, d);
                org.issuepress.compose.ComposedIssue composed = p.compose(loaded, d);
                composed.fitReport().forEach(console::info);
                console.info(ProofRate.sentence(loaded, ProofRate.of(loaded, composed)).toString());
                if (!d.hasErrors()) {
                    p.checkTemplates(loaded, composed);
                    p.checkWeChat(loaded, composed, d);
                }
            } catch (EditorErrors e) {
                // Loading stops at its errors; they are the findings of this check, not a failure of it.
                console.stopped();
                if (e.diagnostics() != d) {
                    d.addAll(e.diagnostics());
                }
            }
            console.diagnostics(d, System.err);
            if (loaded != null) {
                StillToSupply.lines(loaded.issue()).forEach(console::info);
            }
            for (NotesFile.Open n : NotesFile.open(issueDir)) {
                console.info(Messages.text("check.import-notes", IssueFolder.displayName(n.file()), String.valueOf(n.notes())));
            }
            console.info(d.isEmpty() ? Messages.text("cli.check.clean")
                    : Messages.text("cli.check.found", String.valueOf(d.errorCount()), String.valueOf(d.warningCount())));
            if (!d.accepted().isEmpty()) {
                console.info(Messages.text("check.accepted", d.accepted().size(), AcceptedFindings.FILE));
            }
            return d.hasErrors() ? CommonOptions.EDITOR_ERRORS : 0;
        });
    }
}
