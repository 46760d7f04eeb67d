package org.issuepress.manuscript;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.EditorErrors;
import org.issuepress.diag.Messages;
import org.issuepress.diag.Severity;
import org.issuepress.diag.ShellArg;
import org.issuepress.diag.SourcePos;
import org.issuepress.load.FolderName;
import org.issuepress.load.IssueFolder;
import org.issuepress.load.IssueLoader;
import org.issuepress.load.YamlSource;
import org.issuepress.load.YamlWriter;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The next issue's folder made from the last one: its issue.yaml keeps the periodical's
 * standing data (title, publisher, masthead, sections, print settings) as the editor wrote
 * it, advances the issue and its running number, and empties what belongs to one issue only
 * (special title, cover line and photo credit, foreword, articles), each with a comment in the
 * editor's language saying what to fill.
 */
public final class NextIssue {
    private static final Pattern ISSUE = Pattern.compile("(\\d{4})\\.(\\d{1,2})");
    /** The folder name becomes the issue's id and the name of its output folder. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /** What was made, for the command to tell the editor. */
    public record Made(Path dir, String id, String issue, String number, List<String> sections) {
    }

    private NextIssue() {
    }

    /** The issue to start from when none is given: the last sibling folder (by name) that holds an issue.yaml. */
    public static Optional<Path> previous(Path dir) throws IOException {
        Path parent = dir.toAbsolutePath().normalize().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return Optional.empty();
        }
        try (Stream<Path> list = Files.list(parent)) {
            return list.filter(p -> Files.isRegularFile(p.resolve(IssueLoader.ISSUE_FILE)))
                    .filter(p -> !p.equals(dir.toAbsolutePath().normalize()))
                    .max(Path::compareTo);
        }
    }

    /** Makes {@code dir} from the issue in {@code from}; refuses a folder that exists. */
    public static Made make(Path from, Path dir, Diagnostics out) throws IOException {
        String id = dir.toAbsolutePath().normalize().getFileName().toString();
        SourcePos at = SourcePos.file(IssueFolder.displayName(dir));
        // the folder it goes into as the system finds it: 'a/..' with no folder a is no folder at all
        Path parent = dir.toAbsolutePath().getParent();
        if (Files.isSymbolicLink(dir) && !Files.exists(dir)) {
            out.report(Severity.ERROR, "new-dangling-link", at, String.valueOf(Files.readSymbolicLink(dir)));
        } else if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            out.report(Severity.ERROR, "new-exists", at);
        } else if (parent == null || !Files.isDirectory(parent)) {
            out.report(Severity.ERROR, "new-parent-missing", at, IssueFolder.displayName(parent == null ? dir : parent));
        } else if (!ID.matcher(id).matches() || FolderName.problem(id).isPresent()) {
            out.report(Severity.ERROR, "new-bad-name", at, id);
        }
        Path yaml = from.resolve(IssueLoader.ISSUE_FILE);
        if (!Files.isRegularFile(yaml)) {
            out.report(Severity.ERROR, "new-from-missing", SourcePos.file(IssueFolder.displayName(from)));
        }
        out.throwIfErrors();
        String text = new IssueFolder(from).readText(yaml, out).orElse("");
        Optional<Node> root = YamlSource.parse(text, IssueFolder.displayName(yaml), 0, out);
        if (root.isEmpty() || !(root.get() instanceof MappingNode)) {
            out.report(Severity.ERROR, "new-from-broken", SourcePos.file(IssueFolder.displayName(yaml)));
            throw new EditorErrors(out);
        }
        Next next = next(root.get(), text, dir, id);
        Path made = Files.createTempDirectory(parent, "." + id + ".");
        try {
            Files.createDirectories(made.resolve("articles"));
            Files.createDirectories(made.resolve("tables"));
            Files.createDirectories(made.resolve("images"));
            Files.writeString(made.resolve(IssueLoader.ISSUE_FILE), next.text());
            // whole or not at all: a retry after a failure must not find a half-made folder "already there"
            Files.move(made, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            out.report(Severity.ERROR, "new-write-failed", at, Written.reason(e));
            throw new EditorErrors(out);
        } finally {
            deleteIfLeft(made);
        }
        return next.made();
    }

    /** The temporary folder, when the move did not happen (its few files and empty folders). */
    private static void deleteIfLeft(Path made) throws IOException {
        if (!Files.exists(made, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(made)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private record Next(Made made, String text) {
    }

    private static Next next(Node root, String text, Path dir, String id) {
        YamlEdits e = new YamlEdits(text);
        String issue = YamlEdits.value(root, "issue").map(YamlEdits::scalar).orElse("");
        String nextIssue = nextIssue(issue);
        String number = YamlEdits.value(root, "number").map(YamlEdits::scalar).orElse("");
        String nextNumber = number.matches("\\d+") ? String.valueOf(Long.parseLong(number) + 1) : number;
        YamlEdits.tuple(root, "id").ifPresent(t -> e.replaceValue(t, YamlWriter.scalar(id), null));
        YamlEdits.tuple(root, "issue").ifPresent(t -> e.replaceValue(t, YamlWriter.scalar(nextIssue),
                nextIssue.equals(issue) ? Messages.text("new.fill.issue") : null));
        String numberText = nextNumber.matches("\\d+") ? nextNumber : YamlWriter.scalar(nextNumber);
        YamlEdits.tuple(root, "number").ifPresent(t -> e.replaceValue(t, numberText,
                nextNumber.equals(number) ? Messages.text("new.fill.number") : null));
        YamlEdits.tuple(root, "special").ifPresent(t -> e.replaceValue(t, "", Messages.text("new.fill.special")));
        // the PDF's subject and keywords are this issue's: emptied, the previous ones shown for reuse
        YamlEdits.tuple(root, "subject").ifPresent(t -> e.replaceValue(t, "", Messages.text("new.fill.subject", e.raw(t.getValueNode()))));
        YamlEdits.tuple(root, "keywords").ifPresent(t -> e.replaceValue(t, "", Messages.text("new.fill.keywords", e.raw(t.getValueNode()))));
        YamlEdits.tuple(root, "foreword").ifPresent(t -> e.commentOut(t, Messages.text("new.fill.foreword")));
        YamlEdits.value(root, "cover").ifPresent(cover -> {
            e.dropComments(cover);
            YamlEdits.tuple(cover, "line").ifPresent(t -> e.replaceValue(t, "", Messages.text("new.fill.cover-line")));
            YamlEdits.tuple(cover, "photo").ifPresentOrElse(t -> e.replaceValue(t, "", Messages.text("new.fill.photo")),
                    () -> YamlEdits.tuple(cover, "line").ifPresent(t -> e.insertAfter(t, "# photo: images/cover.jpg  # "
                            + Messages.text("new.fill.photo-commented"))));
            YamlEdits.tuple(cover, "photo_caption").ifPresent(t -> e.replaceValue(t, "", Messages.text("new.fill.photo-caption")));
            YamlEdits.tuple(cover, "photographer").ifPresent(t -> e.replaceValue(t, "", Messages.text("new.fill.photographer")));
        });
        List<String> sections = new ArrayList<>();
        YamlEdits.value(root, "sections").filter(SequenceNode.class::isInstance).ifPresent(list -> {
            for (Node s : ((SequenceNode) list).getValue()) {
                String title = YamlEdits.value(s, "title").map(YamlEdits::scalar).orElse("");
                YamlEdits.tuple(s, "articles").ifPresent(t -> e.replaceValue(t, "[]", Messages.text("new.fill.articles", ShellArg.of(title))));
                YamlEdits.value(s, "parts").filter(SequenceNode.class::isInstance).ifPresent(parts -> {
                    for (Node p : ((SequenceNode) parts).getValue()) {
                        YamlEdits.tuple(p, "articles").ifPresent(t -> e.replaceValue(t, "[]", null));
                    }
                });
            }
        });
        // where articles can be imported to: the sections, and the parts of those that have them
        Targets.of(root).forEach(t -> sections.add(t.label()));
        e.replaceHead(headEnd(root, e), head(text, root, e, id, nextIssue, nextNumber));
        return new Next(new Made(dir, id, nextIssue, nextNumber, sections), e.apply());
    }

    /** 2021.01 → 2021.02, 2021.12 → 2022.01; anything else is left for the editor. */
    static String nextIssue(String issue) {
        Matcher m = ISSUE.matcher(issue == null ? "" : issue.strip());
        if (!m.matches()) {
            return issue == null ? "" : issue;
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return issue;
        }
        return month == 12 ? (year + 1) + ".01" : String.format(java.util.Locale.ROOT, "%d.%02d", year, month + 1);
    }

    /** The file's opening comments end at the line of its first key. */
    private static int headEnd(Node root, YamlEdits e) {
        NodeTuple first = ((MappingNode) root).getValue().get(0);
        return e.lineStart(YamlEdits.start(first.getKeyNode()));
    }

    /** The schema line is kept; the previous issue's own heading is replaced by this one's and what to fill. */
    private static String head(String text, Node root, YamlEdits e, String id, String issue, String number) {
        StringBuilder head = new StringBuilder();
        String[] lines = text.substring(0, text.offsetByCodePoints(0, headEnd(root, e))).split("\n", -1);
        for (String line : lines) {
            if (line.startsWith("# yaml-language-server:")) {
                head.append(line).append('\n');
            }
        }
        String title = YamlEdits.value(root, "title").map(YamlEdits::scalar).orElse("");
        head.append(YamlWriter.comment(Messages.text("new.head", title, issue, number))).append('\n');
        head.append(YamlWriter.comment(Messages.text("new.head.todo"))).append('\n');
        head.append(YamlWriter.comment(Messages.text("new.head.format"))).append("\n\n");
        return head.toString();
    }
}
