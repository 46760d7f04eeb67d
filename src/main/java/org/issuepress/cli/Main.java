package org.issuepress.cli;

import org.issuepress.diag.Lang;
import org.issuepress.diag.Messages;
import org.issuepress.diag.ToolVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code java -jar target/issue-press.jar build issue-data/2021-01}. Help and
 * usage come from the message catalogue in the language of the run ({@code --lang}, else
 * ISSUE_PRESS_LANG, else the locale), keys {@code issue-press.<command>.usage.*} and {@code help.*}.
 */
@Command(name = "issue-press", mixinStandardHelpOptions = true, version = ToolVersion.TEXT,
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, PreflightCommand.class, SchemaCommand.class,
                NewCommand.class, ImportCommand.class, HandoffCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Read before parsing, in {@link #run}; declared for help and so that {@code issue-press --lang zh} is accepted. */
    @CommandLine.Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "help.lang", converter = CommonOptions.LangConverter.class)
    Lang lang;

    public static void main(String[] given) {
        int launched = Launcher.relaunch(given);
        if (launched >= 0) {
            System.exit(launched);
        }
        String[] args = Encodings.arguments(given);
        Encodings.useForOutput();
        Launcher.watchParent();
        System.setProperty("java.awt.headless", "true");
        int code = run(args);
        Launcher.reportStatus(code);
        System.exit(code);
    }

    /** Runs a command in the language its arguments ask for; the language before is restored after (tests run several). */
    public static int run(String... args) {
        Lang before = Messages.lang();
        Lang lang = Lang.chosen(args);
        Messages.use(lang);
        try {
            CommandLine cl = new CommandLine(new Main());
            cl.setResourceBundle(Messages.bundle(lang));
            cl.setParameterExceptionHandler(new UsageErrors());
            return cl.execute(args);
        } finally {
            Messages.use(before);
        }
    }

    @Override
    public void run() {
        new CommandLine(this).setResourceBundle(Messages.bundle(Messages.lang())).usage(System.out);
    }
}
