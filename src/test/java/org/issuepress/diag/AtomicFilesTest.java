package org.issuepress.diag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AtomicFilesTest {

    @Test
    void aFileIsReplacedWholeAndNoTemporaryFileIsLeft() throws IOException {
        Path dir = Files.createTempDirectory("atomic-").resolve("made/here");
        Path f = dir.resolve("page-1.png");
        AtomicFiles.write(f, new byte[] {1, 2, 3});
        AtomicFiles.write(f, new byte[] {4, 5});
        assertArrayEquals(new byte[] {4, 5}, Files.readAllBytes(f));
        assertEquals(List.of("page-1.png"), names(dir));
    }

    @Test
    void aWriteThatCannotBeMovedIntoPlaceLeavesNoTemporaryFile() throws IOException {
        Path dir = Files.createTempDirectory("atomic-");
        Path busy = Files.createDirectories(dir.resolve("shown.json"));
        Files.writeString(busy.resolve("inside"), "a folder that is not empty cannot be replaced");
        assertThrows(IOException.class, () -> AtomicFiles.write(busy, new byte[] {1}));
        assertEquals(List.of("shown.json"), names(dir));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
