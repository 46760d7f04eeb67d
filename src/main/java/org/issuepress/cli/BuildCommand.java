package org.issuepress.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.issuepress.diag.Diagnostics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "build", mixinStandardHelpOptions = true, description = {
        "Builds an issue into output/<id>/: the print edition (PDF/X-1a, inside pages with bleed and marks), "
                + "the cover spread, the electronic edition, and the preflight report (preflight.txt, preflight.json).",
        "Problems in the issue's files are listed as file:line:col: what — how to fix; "
                + "the previous output stays in place when the build fails."})
final class BuildCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ISSUE_DIR", description = "the issue folder, e.g. issue-data/2021-01")
    Path issueDir;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "where to write (default: ${DEFAULT-VALUE})",
            defaultValue = "output")
    Path out;

    @Option(names = "--final", description = "the files go to the printer: placeholders for missing photos are errors")
    boolean finalRun;

    @Option(names = "--replace", description = "replace the editions in output/<id>/ even when they were built from another issue folder")
    boolean replace;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        Console console = new Console(System.err, common.quiet);
        Diagnostics d = new Diagnostics();
        return common.run(console, d, () -> {
            Pipeline.Built built = common.pipeline(console).build(issueDir, out, d, finalRun, replace);
            console.diagnostics(d, System.err);
            built.files().values().forEach(p -> console.info("  " + p));
            console.info(String.format(java.util.Locale.ROOT, "built in %.1f s", console.total())
                    + (d.warningCount() == 0 ? "" : ", " + d.warningCount() + " warning(s) above"));
            return 0;
        });
    }
}
