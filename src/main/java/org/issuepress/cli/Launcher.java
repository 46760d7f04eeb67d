package org.issuepress.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.issuepress.diag.Lang;

/**
 * Runs a command in a JVM tuned for it. A build is over in seconds, and on two cores the
 * default JVM spends more CPU compiling our code with its optimising compiler than running it
 * (measured: 10.8 s of compile time in an 8.5 s build). So `build`, `check` and `preflight`
 * start a second JVM with the quick compiler only, the serial collector (half the memory) and
 * a class-data archive of the classes a build loads, kept next to the jar and made by the
 * first build after the jar changes. `serve` runs long: it keeps the optimising compiler but
 * gets the serial collector too (a warm process stays under 600 MB instead of 1.1 GB) and the
 * archive when there is one. Nothing is relaunched when the jar is not in use (tests, IDE)
 * or ISSUE_PRESS_IN_PROCESS is set.
 */
final class Launcher {
    static final String LAUNCHED = "issuepress.launched";
    private static final Set<String> SHORT_COMMANDS = Set.of("build", "check", "preflight");
    private static final Set<String> LONG_COMMANDS = Set.of("serve");

    private Launcher() {
    }

    /** @return the child's exit code, or -1 when the command should run in this JVM */
    static int relaunch(String[] args) {
        if (Boolean.getBoolean(LAUNCHED) || System.getenv("ISSUE_PRESS_IN_PROCESS") != null || args.length == 0
                || !(SHORT_COMMANDS.contains(args[0]) || LONG_COMMANDS.contains(args[0])) || List.of(args).contains("--help")) {
            return -1;
        }
        boolean shortRun = SHORT_COMMANDS.contains(args[0]);
        Path jar = jar();
        if (jar == null) {
            return -1;
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-D" + LAUNCHED + "=true");
        cmd.add("-Djava.awt.headless=true");
        cmd.add("-D" + Lang.PROPERTY + "=" + Lang.chosen(args).code());
        cmd.addAll(Encodings.childOptions());
        if (shortRun) {
            cmd.add("-XX:TieredStopAtLevel=1");
        }
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-Xlog:cds=off");
        cmd.add("-Xlog:cds+dynamic=off");
        Path archive = jar.resolveSibling("issue-press.jsa");
        if (fresh(archive, jar)) {
            cmd.add("-XX:SharedArchiveFile=" + archive);
        } else if (shortRun) {
            cmd.add("-XX:ArchiveClassesAtExit=" + archive);
        }
        cmd.add("-cp");
        cmd.add(jar.toString());
        Encodings.ChildArguments passed = Encodings.childArguments(args);
        cmd.addAll(passed.options());
        cmd.add(Main.class.getName());
        cmd.addAll(passed.arguments());
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
            Encodings.childEnvironment(pb.environment());
            Process child = pb.start();
            return child.waitFor();
        } catch (IOException e) {
            return -1; // cannot start a JVM: run here
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /** The archive is usable when it was made from this very jar (made after it). */
    private static boolean fresh(Path archive, Path jar) {
        try {
            FileTime a = Files.getLastModifiedTime(archive);
            return Files.size(archive) > 0 && a.compareTo(Files.getLastModifiedTime(jar)) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static Path jar() {
        try {
            Path p = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return p.toString().endsWith(".jar") && Files.isRegularFile(p) ? p : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
