package org.issuepress.finish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The editions are replaced as a set. A kill is simulated by copying the output folder at each
 * point of a build's writing (what the disk holds if the process died right there); each copy
 * must hold the old set or the new set whole, and the next build must leave the new set and
 * nothing else.
 */
class OutputFilesTest {
    private static final List<String> NAMES = List.of("x-print.pdf", "x-cover.pdf", "x-web.pdf", "preflight.txt", "preflight.json");

    private static OutputFiles set(Path root, String version) {
        OutputFiles out = new OutputFiles(root, "x");
        NAMES.forEach(n -> out.put(n, (version + " " + n).getBytes(StandardCharsets.UTF_8)));
        return out;
    }

    /** Every file under {@code root}, relative name → content. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return m;
    }

    private static Map<String, String> whole(String version, Path source) {
        Map<String, String> m = new TreeMap<>();
        NAMES.forEach(n -> m.put("x/" + n, version + " " + n));
        m.put("x/" + OutputFiles.SOURCE_FILE, OutputFiles.sourceName(source) + "\n");
        return m;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }

    @Test
    void aBuildKilledAtAnyPointLeavesOneWholeSetAndTheNextBuildCleansUp() throws IOException {
        Path source = Files.createTempDirectory("issue-");
        Path root = Files.createTempDirectory("out-");
        set(root, "old").commit(source);
        List<Path> snapshots = new ArrayList<>();
        List<String> points = new ArrayList<>();
        set(root, "new").hook((step, name) -> {
            Path snap = Files.createTempDirectory("killed-");
            copy(root, snap);
            snapshots.add(snap);
            points.add(step + (name == null ? "" : " " + name));
        }).commit(source);
        assertEquals(whole("new", source), tree(root), "a build that runs to the end leaves the new set alone");
        assertTrue(points.contains("OLD_MOVED_ASIDE") && points.contains("NEW_IN_PLACE"), points.toString());

        for (int i = 0; i < snapshots.size(); i++) {
            Path snap = snapshots.get(i);
            Map<String, String> inPlace = new TreeMap<>(tree(snap));
            inPlace.keySet().removeIf(k -> !k.startsWith("x/"));
            boolean oldWhole = inPlace.equals(whole("old", source));
            boolean newWhole = inPlace.equals(whole("new", source));
            if (points.get(i).equals("OLD_MOVED_ASIDE")) {
                // between the two renames the old set is whole beside it, and is put back first
                assertTrue(inPlace.isEmpty(), inPlace.toString());
            } else {
                assertTrue(oldWhole || newWhole, "killed at " + points.get(i) + ": " + inPlace);
            }
            // the next build (a new process: the snapshot's leftovers are of a dead one) finds them
            renameLeftoversToADeadProcess(snap);
            List<String> before = new ArrayList<>();
            set(snap, "next").hook((step, name) -> {
                if (step == OutputFiles.Step.SET_WRITTEN) {
                    Map<String, String> was = new TreeMap<>(tree(snap));
                    was.keySet().removeIf(k -> !k.startsWith("x/"));
                    before.add(was.equals(whole("old", source)) || was.equals(whole("new", source)) ? "whole" : was.toString());
                }
            }).commit(source);
            assertEquals(List.of("whole"), before, "killed at " + points.get(i) + ": the set is whole again before the swap");
            assertEquals(whole("next", source), tree(snap), "killed at " + points.get(i) + ": nothing left behind");
        }
    }

    @Test
    void theHandoffSetsOutliveABuildKilledAtAnyPoint() throws IOException {
        Path source = Files.createTempDirectory("issue-");
        Path root = Files.createTempDirectory("out-");
        set(root, "old").commit(source);
        Path frozen = root.resolve("x/" + OutputFiles.KEPT + "/01/SHA256SUMS");
        Files.createDirectories(frozen.getParent());
        Files.writeString(frozen, "set 01");
        List<Path> snapshots = new ArrayList<>();
        List<String> points = new ArrayList<>();
        set(root, "new").hook((step, name) -> {
            Path snap = Files.createTempDirectory("killed-");
            copy(root, snap);
            snapshots.add(snap);
            points.add(step + (name == null ? "" : " " + name));
        }).commit(source);
        assertEquals("set 01", Files.readString(frozen), "a build keeps the handoff sets in place");
        for (int i = 0; i < snapshots.size(); i++) {
            Path snap = snapshots.get(i);
            renameLeftoversToADeadProcess(snap);
            set(snap, "next").commit(source);
            Map<String, String> after = tree(snap);
            assertEquals("set 01", after.get("x/" + OutputFiles.KEPT + "/01/SHA256SUMS"),
                    "killed at " + points.get(i) + ": the next build gives the sets back: " + after.keySet());
            assertEquals(whole("next", source).size() + 1, after.size(), "killed at " + points.get(i) + ": nothing else left");
        }
    }

    /** The snapshot's hidden folders carry this process's id; a real leftover carries a dead one's. */
    private static void renameLeftoversToADeadProcess(Path root) throws IOException {
        long dead = deadPid();
        try (Stream<Path> s = Files.list(root)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                String renamed = n.replaceFirst("\\.(new|old)-\\d+-", ".$1-" + dead + "-");
                if (!renamed.equals(n)) {
                    Files.move(p, p.resolveSibling(renamed));
                }
            }
        }
    }

    private static long deadPid() throws IOException {
        try {
            Process p = new ProcessBuilder("true").start();
            p.waitFor();
            return p.pid();
        } catch (InterruptedException e) {
            throw new IOException(e);
        }
    }

    @Test
    void partFilesOfAnEarlierVersionAreRemovedByTheNextBuild() throws IOException {
        Path source = Files.createTempDirectory("issue-");
        Path root = Files.createTempDirectory("out-");
        set(root, "old").commit(source);
        Files.writeString(root.resolve("x/.x-print.pdf.123456.part"), "half");
        set(root, "new").commit(source);
        assertEquals(whole("new", source), tree(root));
    }

    @Test
    void aFailedWriteNamesTheEditionAndTheCauseAndKeepsTheOldSet() throws IOException {
        Path source = Files.createTempDirectory("issue-");
        Path root = Files.createTempDirectory("out-");
        set(root, "old").commit(source);
        WriteFailed e = assertThrows(WriteFailed.class, () -> set(root, "new").hook((step, name) -> {
            if (step == OutputFiles.Step.WRITING && "x-web.pdf".equals(name)) {
                throw new FileSystemException("/tmp/whatever/.x.new-1-1/x-web.pdf", null, "No space left on device");
            }
        }).commit(source));
        assertEquals(root.resolve("x/x-web.pdf"), e.file(), "the edition's own name, not the hidden folder");
        assertEquals(WriteFailed.Reason.DISK_FULL, e.reason());
        assertEquals(whole("old", source), tree(root), "the old set stays, and nothing half-written is left");
    }

    @Test
    void whereTheOutputFolderShouldBeAFileIsInTheWay() throws IOException {
        Path root = Files.createTempDirectory("out-");
        Files.writeString(root.resolve("x"), "not a folder");
        WriteFailed e = assertThrows(WriteFailed.class, () -> set(root, "new").commit(root));
        assertEquals(WriteFailed.Reason.NOT_A_FOLDER, e.reason(), e.getMessage());
        assertFalse(e.getMessage().contains(".new-"), e.getMessage());
        try (Stream<Path> s = Files.list(root)) {
            assertEquals(List.of("x"), s.map(p -> p.getFileName().toString()).sorted(Comparator.naturalOrder()).toList());
        }
    }
}
