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
import org.issuepress.diag.SourcePos;

/**
 * The issue folder and every file read from it. References in the data may not leave the
 * folder (no absolute paths, no '..', no links pointing out), files must be UTF-8 and of a
 * sane size. Paths in messages are shown as the editor typed them on the command line.
 */
public final class IssueFolder {
    static final long MAX_FILE_BYTES = 8L * 1024 * 1024;
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

    /** {@link #display}, for those naming files as the messages do (the preview, linking findings to pages). */
    public static String displayName(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    /**
     * Resolves a reference written in the issue data. Reports and returns empty when it points
     * outside the folder or does not exist.
     */
    public Optional<Path> resolve(String ref, SourcePos where, Diagnostics out) {
        if (ref == null || ref.isBlank()) {
            out.error("ref-empty", where, "empty file reference", "write a path relative to the issue folder");
            return Optional.empty();
        }
        Path p;
        try {
            p = Path.of(ref);
        } catch (RuntimeException e) {
            out.error("ref-invalid", where, "'" + ref + "' is not a valid file name", "use letters, digits, '-' and '/' only");
            return Optional.empty();
        }
        if (p.isAbsolute() || ref.startsWith("/") || ref.startsWith("\\")) {
            out.error("ref-outside", where, "'" + ref + "' is an absolute path",
                    "refer to files inside the issue folder, relative to it, e.g. images/photo.jpg");
            return Optional.empty();
        }
        Path resolved = root.resolve(p).normalize();
        if (!resolved.startsWith(root)) {
            out.error("ref-outside", where, "'" + ref + "' points outside the issue folder",
                    "copy the file into the issue folder and refer to it from there");
            return Optional.empty();
        }
        if (!Files.exists(resolved)) {
            out.error("ref-missing", where, "file '" + ref + "' not found in " + display(root),
                    "check the spelling, or add the file");
            return Optional.empty();
        }
        try {
            if (!resolved.toRealPath().startsWith(realRoot)) {
                out.error("ref-outside", where, "'" + ref + "' is a link pointing outside the issue folder",
                        "copy the file into the issue folder instead of linking to it");
                return Optional.empty();
            }
        } catch (IOException e) {
            out.error("ref-unreadable", where, "cannot read '" + ref + "': " + e.getMessage(), "check the file's permissions");
            return Optional.empty();
        }
        if (!Files.isRegularFile(resolved)) {
            out.error("ref-not-file", where, "'" + ref + "' is not a file", "refer to a file, not a folder");
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
                out.error("file-too-large", where, "file is " + size / 1024 + " KB, more than the "
                        + MAX_FILE_BYTES / 1024 / 1024 + " MB allowed", "split it into several files");
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
            out.error("file-encoding", where, "file is not UTF-8 text",
                    "save it as UTF-8 (in most editors: Save As… → Encoding: UTF-8)");
        } catch (IOException e) {
            out.error("file-unreadable", where, "cannot read file: " + e.getMessage(), "check that it exists and is readable");
        }
        return Optional.empty();
    }
}
