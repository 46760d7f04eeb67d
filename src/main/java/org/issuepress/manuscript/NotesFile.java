package org.issuepress.manuscript;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Messages;

/** The list of what an import could not carry over, kept next to the article until the editor has dealt with it. */
public final class NotesFile {
    /** A notes file still in the issue and how many notes it lists. */
    public record Open(Path file, long notes) {
    }

    private NotesFile() {
    }

    /**
     * The notes files still next to their articles, in name order: the editor deletes one when
     * its notes are dealt with, so one still there is work still open, which check reminds of.
     */
    public static List<Open> open(Path issueDir) throws IOException {
        Path articles = issueDir.resolve("articles");
        if (!Files.isDirectory(articles)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(articles)) {
            List<Open> open = new ArrayList<>();
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(Importer.NOTES_SUFFIX)).sorted().toList()) {
                // the head, a blank line, then one line per note
                long notes = Files.readAllLines(f).stream().skip(1).filter(l -> !l.isBlank()).count();
                open.add(new Open(f, notes));
            }
            return open;
        }
    }

    static String text(Path source, String article, List<Diagnostic> notes) {
        StringBuilder s = new StringBuilder();
        s.append(Messages.text("import.notes-file.head", source.getFileName().toString(), article)).append("\n\n");
        notes.forEach(n -> s.append(n.format()).append('\n'));
        return s.toString();
    }
}
