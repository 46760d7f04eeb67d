package org.issuepress.cli;

import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Messages;
import org.issuepress.diag.Severity;
import org.issuepress.diag.SourcePos;
import org.issuepress.serve.PreviewServer;
import org.issuepress.serve.PreviewSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Words: issue-press.serve.usage.* and help.* in the message catalogue. */
@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ISSUE_DIR", descriptionKey = "help.issue-dir")
    Path issueDir;

    @Option(names = {"-p", "--port"}, paramLabel = "N", descriptionKey = "help.serve.port", defaultValue = "8021")
    int port;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", descriptionKey = "help.serve.out", defaultValue = "output")
    Path out;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        return common.run((console, d) -> {
            if (!Files.isDirectory(issueDir)) {
                System.err.println(Diagnostic.of(Severity.ERROR, "issue-folder.not-a-folder", SourcePos.file(issueDir.toString())).format());
                return CommonOptions.EDITOR_ERRORS;
            }
            Path templates = Home.find("templates", common.templates);
            PreviewSession session = new PreviewSession(issueDir, templates, Home.find("fonts", common.fonts), out, console);
            PreviewServer server;
            try {
                server = PreviewServer.start(session, templates.resolve("serve"), port);
            } catch (BindException e) {
                session.close();
                System.err.println(Messages.text("cli.serve.port-in-use", String.valueOf(port)));
                return CommonOptions.EDITOR_ERRORS;
            }
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                try {
                    session.close();
                } catch (java.io.IOException e) {
                    // stopping anyway
                }
                stopped.countDown();
            }));
            // the address on standard output, even with --quiet: a script starting the preview needs it
            System.out.println(server.url());
            System.out.flush();
            console.info(Messages.text("cli.serve.started", issueDir.toString(), server.url().toString()));
            session.start();
            stopped.await();
            return 0;
        });
    }
}
