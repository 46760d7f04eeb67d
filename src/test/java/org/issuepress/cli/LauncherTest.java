package org.issuepress.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.issuepress.support.TestFonts;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar issue-press.jar …} as an editor runs it: the launcher starts a tuned child
 * JVM. The jar is made here from the compiled classes (its manifest names the libraries), so
 * the launcher runs as it does from target/.
 */
class LauncherTest {
    private static Path built;

    /** The compiled classes as a runnable jar, the libraries on its manifest's Class-Path. */
    @BeforeAll
    static void jar() throws IOException {
        Path classes = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        String libs = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> p.endsWith(".jar")).map(p -> Path.of(p).toUri().toString()).collect(Collectors.joining(" "));
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, libs);
        built = Files.createTempDirectory("jar-").resolve("issue-press.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(built), m); Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
    }

    /** A copy of the jar in a folder of its own, as target/ is: its archive is made beside it. */
    private static Path installed() throws IOException {
        Path jar = Files.createTempDirectory("target-").resolve("issue-press.jar");
        Files.copy(built, jar);
        return jar;
    }

    private static ProcessBuilder command(Path jar, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("--templates", TestFonts.ROOT.resolve("templates").toString(),
                "--fonts", TestFonts.ROOT.resolve("fonts").toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("ISSUE_PRESS_IN_PROCESS");
        return pb;
    }

    record Done(int code, String err) {
    }

    private static Done run(Path jar, String... args) throws IOException, InterruptedException {
        Process p = command(jar, args).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.PIPE).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Done(p.waitFor(), out);
    }

    private static void assertClean(Done d) {
        assertEquals(0, d.code(), d.err());
        assertFalse(d.err().contains("shared archive") || d.err().contains("fatal error") || d.err().contains("SIGBUS"), d.err());
    }

    // --- the class-data archive never stops a command ---

    /** An installed jar after a first `check`, which made its class archive. */
    private record Archived(Path jar, String issue, Path archive) {
    }

    private Archived archived() throws Exception {
        Path jar = installed();
        String issue = TestIssues.minimalWith(null).toString();
        assertClean(run(jar, "check", issue));
        return new Archived(jar, issue, jar.resolveSibling("issue-press.jsa"));
    }

    @Test
    void theFirstRunMakesTheArchiveWholeAndStampedAndTheNextUsesIt() throws Exception {
        Archived a = archived();
        Path jar = a.jar();
        String issue = a.issue();
        Path archive = a.archive();
        assertTrue(Files.size(archive) > 0 && ClassArchive.looksLikeArchive(archive));
        assertTrue(new ClassArchive(jar).usable(), "stamped for this jar");
        long made = Files.getLastModifiedTime(archive).toMillis();
        assertClean(run(jar, "check", issue));
        assertEquals(made, Files.getLastModifiedTime(archive).toMillis(), "used, not made again");
        assertEquals(List.of("issue-press.jar", "issue-press.jsa", "issue-press.jsa.stamp"), names(jar.getParent()),
                "no temporary files");
    }

    @Test
    void aTruncatedArchiveIsNotUsedAndIsMadeAgain() throws Exception {
        Archived a = archived();
        Path jar = a.jar();
        String issue = a.issue();
        Path archive = a.archive();
        long size = Files.size(archive);
        cut(archive, size / 2);
        assertClean(run(jar, "check", issue));
        assertTrue(new ClassArchive(jar).usable() && Files.size(archive) > size / 2, "made again, whole");
    }

    @Test
    void aTruncatedArchiveWhoseStampAgreesCrashesNothing() throws Exception {
        Archived a = archived();
        Path jar = a.jar();
        String issue = a.issue();
        Path archive = a.archive();
        Path stamp = jar.resolveSibling("issue-press.jsa.stamp");
        cut(archive, Files.size(archive) / 2);
        String[] s = Files.readString(stamp).strip().split(" ");
        Files.writeString(stamp, s[0] + " " + s[1] + " " + Files.size(archive) + "\n");
        assertClean(run(jar, "check", issue));
        assertClean(run(jar, "check", issue));
        assertTrue(new ClassArchive(jar).usable(), "the suspect archive was dropped and made again");
    }

    @Test
    void anArchiveCutShortWhileBeingWrittenIsCleanedUpAndMadeAgain() throws Exception {
        Path jar = installed();
        // what an earlier version left when killed while the JVM wrote the archive at its final name,
        // and what this one leaves: a temporary file of a process that is gone
        Files.write(jar.resolveSibling("issue-press.jsa"), new byte[] {(byte) 0xa8, (byte) 0xab, 0x0b, (byte) 0xf0, 1, 2, 3});
        Files.write(jar.resolveSibling("issue-press.jsa." + deadPid() + ".tmp"), new byte[1000]);
        assertClean(run(jar, "check", TestIssues.minimalWith(null).toString()));
        assertTrue(new ClassArchive(jar).usable());
        assertEquals(List.of("issue-press.jar", "issue-press.jsa", "issue-press.jsa.stamp"), names(jar.getParent()));
    }

    @Test
    void aStaleArchiveInAFolderThatCannotBeWrittenStopsNothing() throws Exception {
        Path jar = installed();
        Path dir = jar.getParent();
        Files.write(jar.resolveSibling("issue-press.jsa"), new byte[] {(byte) 0xa8, (byte) 0xab, 0x0b, (byte) 0xf0, 9, 9, 9, 9, 9});
        Assumptions.assumeTrue(readOnly(dir, true), "the folder can be made read-only here");
        try {
            Done d = run(jar, "check", TestIssues.minimalWith(null).toString());
            assertClean(d);
            Done broken = run(jar, "check", TestIssues.minimalWith("misspelt-kind").toString());
            assertEquals(1, broken.code(), "the command's own exit code: " + broken.err());
        } finally {
            readOnly(dir, false);
        }
    }

    /** chmod for a normal user; root ignores it, so there the immutable attribute. */
    private static boolean readOnly(Path dir, boolean on) throws IOException, InterruptedException {
        boolean root = "root".equals(System.getProperty("user.name"));
        ProcessBuilder pb = root ? new ProcessBuilder("chattr", on ? "+i" : "-i", dir.toString())
                : new ProcessBuilder("chmod", on ? "555" : "755", dir.toString());
        try {
            if (pb.redirectErrorStream(true).start().waitFor() != 0) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        if (!on) {
            return true;
        }
        try {
            Files.delete(Files.createFile(dir.resolve("probe")));
            readOnly(dir, false);
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static void cut(Path file, long size) throws IOException {
        file.toFile().setWritable(true);
        try (var ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            ch.truncate(size);
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static long deadPid() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    // --- the child ends with the launcher ---

    @ParameterizedTest(name = "kill -{0}")
    @ValueSource(strings = {"TERM", "KILL"})
    void killingTheLauncherOfServeFreesItsPort(String signal) throws Exception {
        Path jar = installed();
        Path out = Files.createTempDirectory("out-");
        Process launcher = command(jar, "serve", TestIssues.minimalWith(null).toString(), "--port", "0", "--out", out.toString(), "-q")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String url = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertTrue(url != null && url.startsWith("http://127.0.0.1:"), "serve printed its address: " + url);
            int port = Integer.parseInt(url.replaceAll(".*:(\\d+)/?$", "$1"));
            List<ProcessHandle> children = launcher.descendants().toList();
            assertFalse(children.isEmpty(), "serve runs in a child JVM");
            assertFalse(free(port), "serving");
            long killed = System.nanoTime();
            kill(launcher, signal);
            // the port first: a child that has exited may wait a while to be reaped by init
            while (!free(port) && System.nanoTime() - killed < TimeUnit.SECONDS.toNanos(30)) {
                Thread.sleep(10);
            }
            double seconds = (System.nanoTime() - killed) / 1e9;
            System.out.printf("serve, kill -%s: port %d free %.2f s after the kill (shared machine)%n", signal, port, seconds);
            assertTrue(free(port), "the port is free again");
            for (ProcessHandle c : children) {
                c.onExit().get(30, TimeUnit.SECONDS);
            }
            assertTrue(children.stream().noneMatch(ProcessHandle::isAlive), "no process left");
        } finally {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }
    }

    @ParameterizedTest(name = "kill -{0}")
    @ValueSource(strings = {"TERM", "KILL"})
    void killingABuildLeavesNoProcessAndThePreviousEditionsWhole(String signal) throws Exception {
        Path jar = installed();
        Path out = Files.createTempDirectory("out-");
        Path issue = TestIssues.minimalWith(null);
        assertEquals(0, CommandLineTest.run("build", issue.toString(), "--out", out.toString()).code());
        Path editions = out.resolve("test-01");
        List<byte[]> before = contents(editions);
        Files.writeString(issue.resolve("articles/one.txt"), Files.readString(issue.resolve("articles/one.txt")) + "\n新的一段。\n");

        Process launcher = command(jar, "build", issue.toString(), "--out", out.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader err = new BufferedReader(new InputStreamReader(launcher.getErrorStream(), StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            int c;
            // the build is under way in the child: it has begun rendering
            while ((c = err.read()) >= 0 && !seen.toString().contains("render")) {
                seen.append((char) c);
            }
            assertTrue(seen.toString().contains("render"), seen.toString());
            List<ProcessHandle> children = launcher.descendants().toList();
            assertFalse(children.isEmpty(), "the build runs in a child JVM");
            kill(launcher, signal);
            for (ProcessHandle ch : children) {
                ch.onExit().get(30, TimeUnit.SECONDS);
            }
            assertTrue(children.stream().noneMatch(ProcessHandle::isAlive), "no process left");
            Thread.sleep(500); // had it gone on, it would have written by now on an idle machine; it is gone
            List<byte[]> after = contents(editions);
            assertEquals(before.size(), after.size());
            for (int i = 0; i < before.size(); i++) {
                assertArrayEquals(before.get(i), after.get(i), "the previous editions are whole and untouched");
            }
        } finally {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }
        assertEquals(0, CommandLineTest.run("build", issue.toString(), "--out", out.toString()).code());
        assertEquals(List.of("test-01"), names(out).stream().filter(n -> !n.equals(".cache")).toList(),
                "the next build leaves nothing of the killed one");
        assertNotEquals(before.size(), 0);
    }

    private static List<byte[]> contents(Path dir) throws IOException {
        List<byte[]> list = new ArrayList<>();
        // every file, the WeChat folder's too, in a fixed order
        try (var files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                list.add(Files.readAllBytes(f));
            }
        }
        return list;
    }

    private static void kill(Process p, String signal) throws IOException, InterruptedException {
        if (signal.equals("KILL")) {
            p.destroyForcibly();
        } else {
            p.destroy(); // SIGTERM
        }
        p.waitFor(30, TimeUnit.SECONDS);
    }

    private static boolean free(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
