package org.issuepress.manuscript;

import java.nio.file.Path;
import java.util.List;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Messages;

/** The list of what an import could not carry over, kept next to the article until the editor has dealt with it. */
final class NotesFile {
    private NotesFile() {
    }

    static String text(Path source, String article, List<Diagnostic> notes) {
        StringBuilder s = new StringBuilder();
        s.append(Messages.text("import.notes-file.head", source.getFileName().toString(), article)).append("\n\n");
        notes.forEach(n -> s.append(n.format()).append('\n'));
        return s.toString();
    }
}
