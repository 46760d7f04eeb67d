package org.issuepress.cli;

import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.issuepress.diag.Diagnostics;
import org.issuepress.serve.PreviewServer;
import org.issuepress.serve.PreviewSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "serve", mixinStandardHelpOptions = true, description = {
        "Shows the issue in the browser while you edit it: pages and spreads, the problems check finds "
                + "linked to their pages, and the print and electronic editions to download.",
        "Every change to the issue's files or the templates redraws the pages it touches; the open page "
                + "follows by itself. Serves on 127.0.0.1 only; Ctrl-C stops it."})
final class ServeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ISSUE_DIR", description = "the issue folder, e.g. issue-data/2021-01")
    Path issueDir;

    @Option(names = {"-p", "--port"}, paramLabel = "N", description = "the port (default: ${DEFAULT-VALUE})",
            defaultValue = "8021")
    int port;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "where the editions are written (default: ${DEFAULT-VALUE})",
            defaultValue = "output")
    Path out;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        Console console = new Console(System.err, common.quiet);
        return common.run(console, new Diagnostics(), () -> {
            if (!Files.isDirectory(issueDir)) {
                System.err.println(issueDir + ": error: not a folder — give the issue's folder, e.g. issue-data/2021-01");
                return CommonOptions.EDITOR_ERRORS;
            }
            Path templates = Home.find("templates", common.templates);
            PreviewSession session = new PreviewSession(issueDir, templates, Home.find("fonts", common.fonts), out, console);
            PreviewServer server;
            try {
                server = PreviewServer.start(session, templates.resolve("serve"), port);
            } catch (BindException e) {
                session.close();
                System.err.println("error: port " + port + " is in use — stop the other server, or choose another port "
                        + "with --port N");
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
            console.info("preview of " + issueDir + " at " + server.url() + " — Ctrl-C to stop");
            session.start();
            stopped.await();
            return 0;
        });
    }
}
