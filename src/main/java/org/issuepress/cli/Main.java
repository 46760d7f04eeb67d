package org.issuepress.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code java -jar target/issue-press.jar build issue-data/2021-01}. */
@Command(name = "issue-press", mixinStandardHelpOptions = true, version = "issue-press 0.1",
        description = "Builds print-ready and electronic editions of a Chinese periodical from YAML and text.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, PreflightCommand.class, SchemaCommand.class,
                NewCommand.class, ImportCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        int launched = Launcher.relaunch(args);
        if (launched >= 0) {
            System.exit(launched);
        }
        Launcher.watchParent();
        System.setProperty("java.awt.headless", "true");
        int code = run(args);
        Launcher.reportStatus(code);
        System.exit(code);
    }

    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
