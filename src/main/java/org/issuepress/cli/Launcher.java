package org.issuepress.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * first build after the jar changes. `serve` runs long, but the quick compiler suits it as
 * well: the preview's first page came 1 s sooner, all pages 2 s sooner, and an edit shows as
 * fast (the optimising compiler's threads took the cores the first pages needed, and an edit
 * now sets one article); it gets the serial collector too (a warm process stays under 600 MB
 * instead of 1.1 GB) and the archive when there is one ({@link ClassArchive}: a missing,
 * stale or damaged archive or a read-only folder only costs speed). The child ends with the
 * launcher, however the launcher is stopped ({@link #runChild}). Nothing is relaunched when
 * the jar is not in use (tests, IDE) or ISSUE_PRESS_IN_PROCESS is set.
 */
final class Launcher {
    static final String LAUNCHED = "issuepress.launched";
    /** File the child writes its command's exit code to while the JVM makes the archive. */
    static final String STATUS = "issuepress.status";
    /** HotSpot's exit code after a fatal error (SIGABRT). */
    private static final int JVM_CRASH = 134;
    /** The child's exit code when it stops because the launcher is gone (as for a TERM). */
    private static final int PARENT_GONE = 143;
    private static final Set<String> SHORT_COMMANDS = Set.of("build", "check", "preflight");
    private static final Set<String> LONG_COMMANDS = Set.of("serve");
    /**
     * Run in the child too, for its UTF-8 locale and the arguments passed intact: under LANG=C
     * {@code import 青峰镇.docx --section 典型案例} reached this JVM as '?'s. They make no archive.
     */
    private static final Set<String> OTHER_COMMANDS = Set.of("import", "new", "schema");

    private Launcher() {
    }

    /** @return the child's exit code, or -1 when the command should run in this JVM */
    static int relaunch(String[] args) {
        if (Boolean.getBoolean(LAUNCHED) || System.getenv("ISSUE_PRESS_IN_PROCESS") != null || args.length == 0
                || !(SHORT_COMMANDS.contains(args[0]) || LONG_COMMANDS.contains(args[0]) || OTHER_COMMANDS.contains(args[0]))
                || List.of(args).contains("--help")) {
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
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-Xlog:cds=off");
        cmd.add("-Xlog:cds+dynamic=off");
        cmd.add("-Xshare:auto");
        // a JVM crash report goes to the temporary folder, not into the editor's folder
        cmd.add("-XX:ErrorFile=" + Path.of(System.getProperty("java.io.tmpdir"), "issue-press-hs_err_pid%p.log"));
        ClassArchive archive = new ClassArchive(jar);
        boolean useArchive = archive.usable();
        Path writing = null;
        Path status = null;
        if (useArchive) {
            cmd.add("-XX:SharedArchiveFile=" + archive.file());
            // a crash with the archive is run again without it: no crash report for the first try
            cmd.add("-XX:+SuppressFatalErrorMessage");
        } else if (shortRun) {
            writing = archive.startWriting().orElse(null);
            status = writing == null ? null : writing.resolveSibling(writing.getFileName() + ".status");
        }
        if (writing != null) {
            cmd.add("-XX:ArchiveClassesAtExit=" + writing);
            cmd.add("-D" + STATUS + "=" + status);
        }
        cmd.add("-cp");
        cmd.add(jar.toString());
        Encodings.ChildArguments passed = Encodings.childArguments(args);
        cmd.addAll(passed.options());
        cmd.add(Main.class.getName());
        cmd.addAll(passed.arguments());
        try {
            int code = runChild(cmd);
            if (writing != null) {
                // the command's own exit code: the JVM exits 1 after the work when it cannot write the archive
                Integer reported = readStatus(status);
                if (reported != null && reported == code) {
                    archive.finish(writing);
                } else {
                    archive.discard(writing);
                }
                code = reported != null ? reported : code;
            } else if (useArchive && code == JVM_CRASH) {
                // HotSpot trusts the archive it maps; if it crashed the archive is suspect: run once without it
                archive.forget();
                cmd.removeIf(a -> a.startsWith("-XX:SharedArchiveFile=") || a.equals("-XX:+SuppressFatalErrorMessage"));
                code = runChild(cmd);
            }
            return code;
        } catch (IOException e) {
            return -1; // cannot start a JVM: run here
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } finally {
            if (status != null) {
                archive.discard(status);
            }
            if (writing != null) {
                archive.discard(writing);
            }
        }
    }

    /**
     * Runs the child so that it ends with this process however this one ends: its standard
     * input is a pipe from here, which the system closes when this process dies, even by
     * SIGKILL, and the child stops when it reads the end ({@link #watchParent}); for a TERM or
     * Ctrl-C the shutdown hook stops it at once.
     */
    private static int runChild(List<String> cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.INHERIT);
        Encodings.childEnvironment(pb.environment());
        Process child = pb.start();
        Thread stop = new Thread(() -> {
            child.destroy();
            try {
                if (!child.waitFor(1, java.util.concurrent.TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                }
            } catch (InterruptedException e) {
                child.destroyForcibly();
            }
        }, "stop-child");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return child.waitFor();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException e) {
                // shutting down already: the hook is running
            }
        }
    }

    /**
     * In the child: ends this JVM as soon as the launcher is gone (its pipe on standard input
     * closes). Halts rather than exits: nothing of a half-done build is worth finishing, and
     * the previous editions are whole without it.
     */
    static void watchParent() {
        if (!Boolean.getBoolean(LAUNCHED)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // nothing is ever sent; wait for the end
                }
            } catch (IOException e) {
                // a broken pipe ends the same way
            }
            Runtime.getRuntime().halt(PARENT_GONE);
        }, "watch-launcher");
        t.setDaemon(true);
        t.start();
    }

    /** In the child: the command's exit code, for the launcher, when the JVM may exit with another. */
    static void reportStatus(int code) {
        String file = System.getProperty(STATUS);
        if (file != null) {
            try {
                Files.writeString(Path.of(file), Integer.toString(code));
            } catch (IOException | RuntimeException e) {
                // then the launcher takes the JVM's exit code
            }
        }
    }

    private static Integer readStatus(Path status) {
        try {
            return Integer.valueOf(Files.readString(status).strip());
        } catch (IOException | RuntimeException e) {
            return null;
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
