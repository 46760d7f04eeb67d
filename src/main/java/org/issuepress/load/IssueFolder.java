package org.issuepress.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Severity;
import org.issuepress.diag.SourcePos;

/**
 * The issue folder and every file read from it. References in the data may not leave the
 * folder (no absolute paths, no '..', no links pointing out), files must be UTF-8 and of a
 * sane size. Paths in messages are shown as the editor typed them on the command line.
 */
public final class IssueFolder {
    public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;
    private final Path root;
    private final Path realRoot;

    public IssueFolder(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = this.root.toRealPath();
    }

    public Path root() {
        return root;
    }

    /** How to name a file in a message: relative to the working directory when it is inside it. */
    public String display(Path file) {
        return displayName(file);
    }

    /** A file's name without its extension: an article file's id, an imported manuscript's stem. */
    public static String stem(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** {@link #display}, for those naming files as the messages do (the preview, linking findings to pages). */
    public static String displayName(Path file) {
        return SourcePos.displayName(file);
    }

    /**
     * Resolves a reference written in the issue data. Reports and returns empty when it points
     * outside the folder or does not exist.
     */
    public Optional<Path> resolve(String ref, SourcePos where, Diagnostics out) {
        if (ref == null || ref.isBlank()) {
            out.report(Severity.ERROR, "ref-empty", where);
            return Optional.empty();
        }
        Path p;
        try {
            p = Path.of(ref);
        } catch (RuntimeException e) {
            out.report(Severity.ERROR, "ref-invalid", where, ref);
            return Optional.empty();
        }
        if (p.isAbsolute() || ref.startsWith("/") || ref.startsWith("\\")) {
            out.report(Severity.ERROR, "ref-outside.absolute", where, ref);
            return Optional.empty();
        }
        Path resolved = root.resolve(p).normalize();
        if (!resolved.startsWith(root)) {
            out.report(Severity.ERROR, "ref-outside", where, ref);
            return Optional.empty();
        }
        if (!Files.exists(resolved)) {
            out.report(Severity.ERROR, "ref-missing", where, ref, display(root));
            return Optional.empty();
        }
        try {
            if (!resolved.toRealPath().startsWith(realRoot)) {
                out.report(Severity.ERROR, "ref-outside.link", where, ref);
                return Optional.empty();
            }
        } catch (IOException e) {
            out.report(Severity.ERROR, "ref-unreadable", where, ref, e.getMessage());
            return Optional.empty();
        }
        if (!Files.isRegularFile(resolved)) {
            out.report(Severity.ERROR, "ref-not-file", where, ref);
            return Optional.empty();
        }
        return Optional.of(resolved);
    }

    /** Reads a text file strictly as UTF-8 (a leading BOM is dropped); reports and returns empty on failure. */
    public Optional<String> readText(Path file, Diagnostics out) {
        SourcePos where = SourcePos.file(display(file));
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                out.report(Severity.ERROR, "file-too-large", where, String.valueOf(size / 1024),
                        String.valueOf(MAX_FILE_BYTES / 1024 / 1024));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
        } catch (CharacterCodingException e) {
            out.report(Severity.ERROR, "file-encoding", where);
        } catch (IOException e) {
            out.report(Severity.ERROR, "file-unreadable", where, e.getMessage());
        }
        return Optional.empty();
    }
}
