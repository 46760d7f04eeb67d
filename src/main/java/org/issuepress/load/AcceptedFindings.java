package org.issuepress.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.issuepress.diag.AtomicFiles;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Lang;
import org.issuepress.diag.Severity;
import org.issuepress.diag.SourcePos;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The warnings the editors looked at and keep as they are, in the issue's {@code accepted.yaml}
 * (see issue-data/README.md): each names the finding's code, its file and what it says (in
 * English, so it matches whatever language the tool speaks and wherever the line moves).
 * check, build and the preview list them as accepted instead of warning again.
 */
public final class AcceptedFindings implements Predicate<Diagnostic> {
    public static final String FILE = "accepted.yaml";
    private static final String HEADER = """
            # Findings the editors looked at and keep as they are (they are not mistakes): check, build
            # and the preview list them as accepted instead of warning again. One entry per finding:
            # code and file as the finding names them, what = the finding's words in English (the
            # preview's 保留 button writes them). Remove an entry to be warned again.
            """;

    private record Entry(String code, String file, String what) {
    }

    private final List<Entry> entries;

    private AcceptedFindings(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The issue's accepted findings; none when it has no accepted.yaml. A file it cannot read is a warning. */
    public static AcceptedFindings load(Path issueDir, Diagnostics out) {
        Path file = issueDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new AcceptedFindings(List.of());
        }
        String name = IssueFolder.displayName(file);
        List<Entry> entries = new ArrayList<>();
        try {
            String text = Files.readString(file);
            Object doc = YamlSource.plainData(text, name);
            if (doc != null && !(doc instanceof List<?>)) {
                throw new YamlEngineException("not a list");
            }
            for (Object item : doc == null ? List.of() : (List<?>) doc) {
                if (item instanceof Map<?, ?> m && m.get("code") != null && m.get("file") != null && m.get("what") != null) {
                    entries.add(new Entry(m.get("code").toString(), m.get("file").toString(), m.get("what").toString()));
                } else {
                    out.report(Severity.WARNING, "accepted-entry", SourcePos.file(name), String.valueOf(item));
                }
            }
        } catch (YamlSource.TooDeep e) {
            // thousands of brackets overflowed the reader's stack ("internal error", exit 70) before the limit
            out.report(Severity.WARNING, "accepted-too-deep", e.pos(name, 0), YamlSource.MAX_DEPTH);
        } catch (IOException | YamlEngineException e) {
            out.report(Severity.WARNING, "accepted-unreadable", SourcePos.file(name), String.valueOf(e.getMessage()));
        }
        return new AcceptedFindings(entries);
    }

    @Override
    public boolean test(Diagnostic d) {
        String what = d.message(Lang.EN);
        return entries.stream().anyMatch(e -> e.code().equals(d.code()) && e.what().equals(what) && names(d.pos().file(), e.file()));
    }

    /**
     * Adds a finding to the issue's accepted.yaml (made when there is none), with why when given.
     * One at a time: two pages of the preview accepting at once would each rewrite the file
     * from what it held before, and one entry would be lost.
     */
    public static synchronized void accept(Path issueDir, Diagnostic d, String why) throws IOException {
        Path file = issueDir.resolve(FILE);
        String before = Files.isRegularFile(file) ? Files.readString(file) : null;
        // an entry an editor typed last, without a line end, must not run into the new one
        StringBuilder s = new StringBuilder(before == null ? HEADER : before.isEmpty() || before.endsWith("\n") ? "" : "\n");
        s.append("- code: ").append(YamlWriter.scalar(d.code())).append('\n')
                .append("  file: ").append(YamlWriter.scalar(d.pos().inIssue(issueDir).file())).append('\n')
                .append("  what: ").append(YamlWriter.scalar(d.message(Lang.EN))).append('\n');
        if (why != null && !why.isBlank()) {
            s.append("  why: ").append(YamlWriter.scalar(why)).append('\n');
        }
        // whole or not at all: the preview rebuilds as soon as the file changes, and reads it
        AtomicFiles.write(file, ((before == null ? "" : before) + s).getBytes(StandardCharsets.UTF_8));
    }

    private static boolean names(String findingFile, String entryFile) {
        // both sides alike: a backslash may be a Windows separator or part of a file's name
        String f = findingFile.replace('\\', '/');
        String e = entryFile.replace('\\', '/');
        return f.equals(e) || f.endsWith("/" + e);
    }
}
