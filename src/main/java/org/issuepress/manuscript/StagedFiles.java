package org.issuepress.manuscript;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.issuepress.diag.AtomicFiles;

/**
 * What an import writes into the issue folder, held until all of it is known, then written
 * whole: each file under a temporary name in its folder first, and only when all are written
 * moved over their names. A failed import (a full disk, a folder it may not write) leaves the
 * issue folder as it was, as a failed build leaves output/; no folder is left made for it.
 */
final class StagedFiles {
    private final Map<Path, byte[]> files = new LinkedHashMap<>();

    void put(Path file, String text) {
        put(file, text.getBytes(StandardCharsets.UTF_8));
    }

    void put(Path file, byte[] bytes) {
        files.put(file, bytes);
    }

    List<Path> paths() {
        return List.copyOf(files.keySet());
    }

    byte[] bytes(Path file) {
        return files.get(file);
    }

    void commit() throws IOException {
        List<Path> madeDirs = new ArrayList<>();
        Map<Path, Path> written = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, byte[]> f : files.entrySet()) {
                Path dir = f.getKey().toAbsolutePath().getParent();
                makeDirs(dir, madeDirs);
                Path tmp = Files.createTempFile(dir, "." + f.getKey().getFileName() + ".", ".tmp");
                written.put(f.getKey(), tmp);
                Files.write(tmp, f.getValue());
            }
        } catch (IOException | RuntimeException e) {
            for (Path tmp : written.values()) {
                Files.deleteIfExists(tmp);
            }
            for (int i = madeDirs.size() - 1; i >= 0; i--) {
                Files.deleteIfExists(madeDirs.get(i));
            }
            throw e;
        }
        for (Map.Entry<Path, Path> f : written.entrySet()) {
            AtomicFiles.move(f.getValue(), f.getKey());
        }
    }

    /** Makes {@code dir} and the folders above it that are missing, noting each made (outermost first). */
    private static void makeDirs(Path dir, List<Path> made) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path d = dir; d != null && !Files.isDirectory(d); d = d.getParent()) {
            missing.add(0, d);
        }
        for (Path d : missing) {
            Files.createDirectory(d);
            made.add(d);
        }
    }
}
