package org.issuepress.handoff;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.issuepress.finish.WriteFailed;

/**
 * The numbered sets of an issue, {@code output/<id>/handoff/01, 02 …}. A set is written whole
 * into a hidden folder beside them and renamed to its number in one step, so a kill or a full
 * disk leaves the sets before it as they were and no half set under a number; a number once
 * taken is never written again. The build's own swap of {@code output/<id>/} carries this
 * folder over (OutputFiles).
 */
public final class HandoffSets {
    public static final String FOLDER = org.issuepress.finish.OutputFiles.KEPT;
    private static final Pattern NUMBER = Pattern.compile("\\d{2,}");
    private static final Pattern PART = Pattern.compile("\\.(\\d{2,})\\.part-(\\d+)-\\d+");
    private static final AtomicInteger SERIAL = new AtomicInteger();
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path dir;

    /** The sets of issue {@code id} under {@code outRoot}. */
    public HandoffSets(Path outRoot, String id) {
        this.dir = outRoot.resolve(id).resolve(FOLDER);
    }

    public Path dir() {
        return dir;
    }

    /** The sets' numbers, in order. */
    public List<Integer> numbers() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> NUMBER.matcher(n).matches())
                    .filter(n -> Files.isRegularFile(dir.resolve(n).resolve(SetRecord.FILE)))
                    .map(Integer::parseInt).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    public Path folder(int number) {
        return dir.resolve(name(number));
    }

    static String name(int number) {
        return String.format(java.util.Locale.ROOT, "%02d", number);
    }

    /** The record of set {@code number}. */
    public Optional<SetRecord> record(int number) {
        Path f = folder(number).resolve(SetRecord.FILE);
        try {
            return Optional.of(JSON.readValue(f.toFile(), SetRecord.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public Optional<SetRecord> last() {
        List<Integer> n = numbers();
        return n.isEmpty() ? Optional.empty() : record(n.get(n.size() - 1));
    }

    /** Every set's record, in order. */
    public List<SetRecord> records() {
        List<SetRecord> all = new ArrayList<>();
        numbers().forEach(n -> record(n).ifPresent(all::add));
        return all;
    }

    /**
     * Writes set {@code number} whole, then gives it its number.
     *
     * @param files name → bytes, in the order listed
     * @return the set's folder
     * @throws WriteFailed naming what could not be written and why (the set then does not exist)
     */
    public Path freeze(int number, Map<String, byte[]> files) throws IOException {
        Path target = folder(number);
        try {
            Files.createDirectories(dir);
            removeLeftovers();
        } catch (IOException e) {
            throw new WriteFailed(dir, e);
        }
        if (Files.exists(target)) {
            throw new WriteFailed(target, new java.nio.file.FileAlreadyExistsException(target.toString()));
        }
        Path part = dir.resolve("." + name(number) + ".part-" + ProcessHandle.current().pid() + "-" + SERIAL.incrementAndGet());
        boolean done = false;
        try {
            Files.createDirectory(part);
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                try {
                    Files.write(part.resolve(e.getKey()), e.getValue());
                } catch (IOException ex) {
                    throw new WriteFailed(target.resolve(e.getKey()), ex);
                }
            }
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target);
            }
            done = true;
            return target;
        } catch (WriteFailed e) {
            throw e;
        } catch (IOException e) {
            throw new WriteFailed(target, e);
        } finally {
            if (!done) {
                deleteTree(part);
            }
        }
    }

    /** Half-written sets of processes no longer running. */
    private void removeLeftovers() throws IOException {
        List<Path> stale;
        try (Stream<Path> s = Files.list(dir)) {
            stale = s.filter(p -> {
                Matcher m = PART.matcher(p.getFileName().toString());
                if (!m.matches()) {
                    return false;
                }
                long pid = Long.parseLong(m.group(2));
                return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
            }).toList();
        }
        for (Path p : stale) {
            deleteTree(p);
        }
    }

    static byte[] json(Object value) throws IOException {
        return (JSON.writeValueAsString(value) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }


    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
