package org.issuepress.cli;

import org.issuepress.press.Built;
import org.issuepress.press.StillToSupply;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.issuepress.diag.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Words: issue-press.build.usage.* and help.* in the message catalogue. */
@Command(name = "build", mixinStandardHelpOptions = true)
final class BuildCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ISSUE_DIR", descriptionKey = "help.issue-dir")
    Path issueDir;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", descriptionKey = "help.build.out", defaultValue = "output")
    Path out;

    @Option(names = "--final", descriptionKey = "help.build.final")
    boolean finalRun;

    @Option(names = "--replace", descriptionKey = "help.build.replace")
    boolean replace;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        return common.run((console, d) -> {
            Built built = common.pipeline(console).build(issueDir, out, d, finalRun, replace);
            console.diagnostics(d, System.err);
            StillToSupply.lines(built.composed().issue()).forEach(console::info);
            built.files().values().forEach(p -> console.info("  " + p));
            String time = String.format(java.util.Locale.ROOT, "%.1f", console.total());
            console.info(d.warningCount() == 0 ? Messages.text("cli.built", time)
                    : Messages.text("cli.built.warnings", time, String.valueOf(d.warningCount())));
            return 0;
        });
    }
}
