package org.issuepress.manuscript;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.EditorErrors;
import org.issuepress.diag.Messages;
import org.issuepress.diag.Severity;
import org.issuepress.diag.SourcePos;
import org.issuepress.load.IssueFolder;
import org.issuepress.load.IssueLoader;
import org.issuepress.load.YamlSource;
import org.issuepress.model.ArticleKind;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The import stage's front door: a Word manuscript or an Excel table into an issue folder —
 * an article file (with its tables and pictures) listed in issue.yaml's chosen section, or a
 * table added to an article. What could not be carried over is reported at the article's line
 * and written next to the article ({@code <article>.import-notes.md}). The new files are
 * checked as a build would check them; nothing is built.
 */
public final class Importer {
    public static final String NOTES_SUFFIX = ".import-notes.md";

    /** @param section a section's title or id, or a part's title; @param article for a table: the article to add it to */
    public record Request(Path source, Path issueDir, String section, ArticleKind kind, Path article) {
    }

    /** What was written, for the command to tell the editor. */
    public record Result(Path article, String listedIn, ArticleKind kind, boolean kindGuessed, List<Path> files,
                         long paragraphs, long heads, int tables, int pictures, List<Diagnostic> notes, Path notesFile) {
    }

    private Importer() {
    }

    public static Result run(Request r, Diagnostics out) throws IOException {
        Path yaml = r.issueDir().resolve(IssueLoader.ISSUE_FILE);
        SourcePos src = SourcePos.file(IssueFolder.displayName(r.source()));
        String ext = extension(r.source());
        if (!Files.isRegularFile(yaml)) {
            out.report(Severity.ERROR, "import-into-missing", SourcePos.file(IssueFolder.displayName(r.issueDir())));
        }
        if (!Files.isRegularFile(r.source())) {
            out.report(Severity.ERROR, "import-source-missing", src);
        } else if (!Set.of("docx", "xlsx").contains(ext)) {
            out.report(Severity.ERROR, "import-type", src, ext);
        }
        out.throwIfErrors();
        IssueFolder folder = new IssueFolder(r.issueDir());
        String yamlText = folder.readText(yaml, out).orElse("");
        Node root = YamlSource.parse(yamlText, folder.display(yaml), 0, out).orElse(null);
        out.throwIfErrors();
        boolean toArticle = r.article() != null && ext.equals("xlsx");
        Targets.Target target = toArticle ? null : target(root, r.section(), SourcePos.file(folder.display(yaml)), out);
        ArticleKind kind = r.kind() != null ? r.kind() : target == null ? null : guessKind(target);
        if (!toArticle && kind == null && target != null) {
            out.report(Severity.ERROR, "import-kind-missing", src, target == null ? "" : target.label());
        }
        Path existing = toArticle ? r.issueDir().resolve(r.article().toString()) : null;
        if (existing != null && !Files.isRegularFile(existing)) {
            out.report(Severity.ERROR, "import-article-missing", src, r.article().toString());
        }
        out.throwIfErrors();

        String base = toArticle ? ArticleNames.forTables(r.issueDir(), existing, r.source())
                : ArticleNames.next(r.issueDir(), r.source());
        Converted c = convert(r.source(), ext, base, src, out);
        if (c.lines().isEmpty()) {
            out.report(Severity.ERROR, "import-empty", src);
        }
        out.throwIfErrors();
        tooLarge(c, src, out);
        out.throwIfErrors();
        StagedFiles staged = new StagedFiles();
        for (Converted.Table t : c.tables()) {
            staged.put(r.issueDir().resolve(t.path()), TableYaml.write(t.data(),
                    Messages.text("import.table-source", r.source().getFileName().toString())));
        }
        for (Converted.Image i : c.images()) {
            staged.put(r.issueDir().resolve(i.path()), i.bytes());
        }
        Path article;
        ArticleText text;
        if (toArticle) {
            article = existing;
            String before = Files.readString(existing);
            staged.put(existing, ArticleEnd.append(before, c.lines()));
            text = null;
        } else {
            String title = c.title();
            List<Converted.LineNote> notes = new ArrayList<>(c.notes());
            if (title == null || title.isBlank()) {
                title = IssueFolder.stem(r.source());
                notes.add(new Converted.LineNote(-1, new Inline.Note("no-title", List.of(title))));
            }
            c = new Converted(title, c.subtitle(), c.lines(), c.tables(), c.images(), notes);
            text = new ArticleText(title, c.subtitle(), kind, c.lines());
            article = r.issueDir().resolve("articles").resolve(base + ".txt");
            staged.put(article, text.text());
            YamlEdits edits = new YamlEdits(yamlText);
            edits.appendItem(Targets.articles(target).orElseThrow(), "articles/" + base + ".txt");
            staged.put(yaml, edits.apply());
        }
        List<Diagnostic> notes = notes(c, text, folder.display(article));
        Path notesFile = article.resolveSibling(IssueFolder.stem(article) + NOTES_SUFFIX);
        if (!notes.isEmpty() && text != null) {
            staged.put(notesFile, NotesFile.text(r.source(), folder.display(article), notes));
        }
        try {
            staged.commit();
        } catch (IOException e) {
            out.report(Severity.ERROR, "import-write-failed", SourcePos.file(folder.display(r.issueDir())), Written.reason(e));
            throw new EditorErrors(out);
        }
        if (text != null && notes.isEmpty()) {
            // left by an earlier article of this name: not this one's (an article given a table keeps its own)
            Files.deleteIfExists(notesFile);
        }
        List<Path> files = new ArrayList<>();
        files.add(article);
        staged.paths().stream().filter(f -> !f.equals(article) && !f.equals(yaml)).forEach(files::add);
        notes.forEach(out::report);
        List<Path> checked = new ArrayList<>(files);
        if (toArticle) {
            // the article's other tables are the editor's to hear about too, as check tells them (the import says the article is done)
            checked.addAll(tablesOf(article, r.issueDir()));
        }
        check(r.issueDir(), checked, out);
        return new Result(article, target == null ? null : target.label(), kind, r.kind() == null, files,
                c.paragraphs(), c.heads(), c.tables().size(), c.images().size(), notes,
                staged.paths().contains(notesFile) ? notesFile : null);
    }

    /** Tables the pages cannot hold (a Word table; a sheet was stopped while it was read), or whose file would not load again. */
    private static void tooLarge(Converted c, SourcePos src, Diagnostics out) {
        for (Converted.Table t : c.tables()) {
            int columns = t.data().columns().size();
            int rows = t.data().rows().size();
            if (columns > TableLimits.MAX_COLUMNS || rows > TableLimits.MAX_ROWS) {
                out.report(Severity.ERROR, "import-table-too-large", src, t.data().title(), columns, rows,
                        TableLimits.MAX_COLUMNS, TableLimits.MAX_ROWS);
            }
        }
    }

    private static Converted convert(Path source, String ext, String base, SourcePos src, Diagnostics out) {
        try {
            if (ext.equals("docx")) {
                try (InputStream in = Files.newInputStream(source); XWPFDocument doc = new XWPFDocument(in)) {
                    return new DocxConverter(doc, base).convert();
                }
            }
            StreamedSheets.Read read = StreamedSheets.read(source, src, out);
            if (read.whole()) {
                FormulaResults.fill(source, read, src, out);
            }
            out.throwIfErrors();
            List<Converted.Table> tables = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            for (TableData t : SheetTables.convert(read.sheets())) {
                // a sheet without a title row is named Sheet1 or 工作表1 by Excel and WPS: the file's name says more
                if (t.title() != null && t.title().strip().matches("(?i)(sheet|工作表)\\s*\\d*")) {
                    t = t.withTitle(IssueFolder.stem(source) + (read.sheets().size() > 1 ? "（" + t.title().strip() + "）" : ""));
                }
                String path = "tables/" + base + "-" + (tables.size() + 1) + ".yaml";
                tables.add(new Converted.Table(path, t));
                lines.add("[表 " + path + "]");
            }
            String title = tables.isEmpty() ? null : tables.get(0).data().title();
            return new Converted(title, null, lines, tables, List.of(), List.of());
        } catch (EditorErrors e) {
            throw e;
        } catch (Exception e) {
            // a damaged or mislabelled file (a .doc renamed .docx, a WPS .wps, one saved with a password)
            Unopenable.report(source, src, out);
            throw new EditorErrors(out);
        }
    }

    private static Targets.Target target(Node root, String wanted, SourcePos at, Diagnostics out) {
        List<Targets.Target> all = Targets.of(root);
        if (wanted == null || wanted.isBlank()) {
            out.report(Severity.ERROR, "import-section-missing", at, Targets.labels(all));
            return null;
        }
        List<Targets.Target> found = all.stream().filter(t -> t.matches(wanted)).toList();
        if (found.isEmpty()) {
            List<Targets.Target> parts = all.stream().filter(t -> t.part() != null && t.section().equals(wanted.strip())).toList();
            out.report(Severity.ERROR, parts.isEmpty() ? "import-section-unknown" : "import-section-parts", at, wanted,
                    Targets.labels(parts.isEmpty() ? all : parts));
            return null;
        }
        if (Targets.articles(found.get(0)).isEmpty()) {
            out.report(Severity.ERROR, "import-section-no-list", at, found.get(0).label());
            return null;
        }
        return found.get(0);
    }

    /** The kind the section's name says, as the periodical names its sections; null when it says none. */
    static ArticleKind guessKind(Targets.Target t) {
        String name = t.label();
        String[][] words = {{"大事记", "TIMELINE"}, {"人物", "PROFILE"}, {"案例", "CASE"}, {"区县", "DISTRICT"},
                {"行业", "DEPARTMENT"}, {"部门", "DEPARTMENT"}, {"社会", "DEPARTMENT"}, {"综述", "SURVEY"},
                {"号召", "POLICY"}, {"政策", "POLICY"}};
        for (String[] w : words) {
            if (name.contains(w[0])) {
                return ArticleKind.valueOf(w[1]);
            }
        }
        return null;
    }

    private static List<Diagnostic> notes(Converted c, ArticleText text, String article) {
        List<Diagnostic> list = new ArrayList<>();
        for (Converted.LineNote n : c.notes()) {
            int line = text == null ? 0 : text.fileLine(n.line());
            List<Object> args = new ArrayList<>(n.note().args());
            list.add(Diagnostic.of(Severity.WARNING, "import-note." + n.note().code(), new SourcePos(article, line, 1), args.toArray()));
        }
        return list;
    }

    /** The new files checked as a build checks them (marks, table sums, photos); findings elsewhere are not ours. */
    private static void check(Path issueDir, List<Path> files, Diagnostics out) {
        Diagnostics all = new Diagnostics();
        IssueLoader.tryLoad(issueDir, all);
        Set<String> ours = new java.util.HashSet<>();
        files.forEach(f -> ours.add(IssueFolder.displayName(f)));
        all.sorted().stream().filter(d -> ours.contains(d.pos().file())).forEach(out::report);
    }

    private static final java.util.regex.Pattern TABLE_LINE = java.util.regex.Pattern.compile("^\\[表 ([^\\]\\s]+)");

    /** The table files an article's [表 …] lines name. */
    private static List<Path> tablesOf(Path article, Path issueDir) throws IOException {
        List<Path> tables = new ArrayList<>();
        for (String line : Files.readAllLines(article)) {
            java.util.regex.Matcher m = TABLE_LINE.matcher(line.strip());
            if (m.find()) {
                tables.add(issueDir.resolve(m.group(1)));
            }
        }
        return tables;
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
