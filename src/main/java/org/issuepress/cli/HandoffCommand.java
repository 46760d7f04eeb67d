package org.issuepress.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.issuepress.diag.Messages;
import org.issuepress.handoff.Handoff;
import org.issuepress.handoff.HandoffSets;
import org.issuepress.handoff.SetList;
import org.issuepress.handoff.SetRecord;
import org.issuepress.load.IssueLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** 交付印厂. Words: issue-press.handoff.usage.* and help.* in the message catalogue. */
@Command(name = "handoff", mixinStandardHelpOptions = true)
final class HandoffCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ISSUE_DIR", descriptionKey = "help.issue-dir")
    Path issueDir;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", descriptionKey = "help.build.out", defaultValue = "output")
    Path out;

    @Option(names = "--list", descriptionKey = "help.handoff.list")
    boolean list;

    @Option(names = "--final", descriptionKey = "help.build.final")
    boolean finalRun;

    @Option(names = "--replace", descriptionKey = "help.build.replace")
    boolean replace;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        return common.run((console, d) -> {
            if (list) {
                String id = IssueLoader.load(issueDir, d).info().id();
                d.throwIfErrors();
                List<SetRecord> sets = new HandoffSets(out, id).records();
                System.out.print(SetList.text(sets));
                return 0;
            }
            Handoff.Frozen f = new Handoff(common.pipeline(console), Home.find("templates", common.templates), console,
                    Clock.systemUTC()).run(issueDir, out, d, finalRun, replace);
            console.diagnostics(d, System.err);
            console.info(Messages.text("cli.handoff.done", String.valueOf(f.record().number()), f.folder().toString()));
            f.ticket().fields().stream().filter(x -> x.key().equals("changed") || x.key().equals("signatures"))
                    .forEach(x -> console.info("  " + x.label() + Messages.text("ticket.colon") + x.shown()));
            return 0;
        });
    }
}
