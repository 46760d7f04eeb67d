package org.issuepress.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.issuepress.design.Design;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Severity;
import org.issuepress.diag.ShellArg;
import org.issuepress.diag.EditorErrors;
import org.issuepress.diag.Severity;
import org.issuepress.diag.SourcePos;
import org.issuepress.model.Article;
import org.issuepress.model.BackCover;
import org.issuepress.model.BindingStyle;
import org.issuepress.model.Block;
import org.issuepress.model.Cover;
import org.issuepress.model.Foreword;
import org.issuepress.model.Issue;
import org.issuepress.model.IssueInfo;
import org.issuepress.model.Masthead;
import org.issuepress.model.PagePlan;
import org.issuepress.model.Part;
import org.issuepress.model.PrintOrder;
import org.issuepress.model.PrintSettings;
import org.issuepress.model.Section;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The front door of the load stage: reads an issue folder into the {@link Issue} model,
 * reporting every problem it finds in the editor's files. Throws {@link EditorErrors} when
 * the issue cannot be built.
 */
public final class IssueLoader {
    public static final String ISSUE_FILE = "issue.yaml";

    private IssueLoader() {
    }

    public static Issue load(Path dir, Diagnostics out) {
        Optional<Issue> issue = tryLoad(dir, out);
        out.throwIfErrors();
        return issue.orElseThrow(() -> new EditorErrors(out));
    }

    /** Loads as much as it can; the issue is empty when the folder or issue.yaml is unusable. */
    public static Optional<Issue> tryLoad(Path dir, Diagnostics out) {
        if (!Files.isDirectory(dir)) {
            out.report(Severity.ERROR, "issue-folder", SourcePos.file(dir.toString()));
            return Optional.empty();
        }
        IssueFolder folder;
        try {
            folder = new IssueFolder(dir);
        } catch (IOException e) {
            out.report(Severity.ERROR, "issue-folder.unreadable", SourcePos.file(dir.toString()), e.getMessage());
            return Optional.empty();
        }
        Path file = folder.root().resolve(ISSUE_FILE);
        if (!Files.isRegularFile(file)) {
            out.report(Severity.ERROR, "issue-file", SourcePos.file(folder.display(file)));
            return Optional.empty();
        }
        String name = folder.display(file);
        Optional<String> text = folder.readText(file, out);
        Optional<Node> node = text.flatMap(t -> YamlSource.parse(t, name, 0, out));
        if (node.isEmpty()) {
            if (text.isPresent() && !out.hasErrors()) {
                // nothing but blank lines and comments: YAML has no document, and nothing was wrong with it
                out.report(Severity.ERROR, "issue-file-empty", SourcePos.file(name));
            }
            return Optional.empty();
        }
        RecordBinder binder = new RecordBinder(name, 0, out);
        IssueFile f = binder.bind(node.get(), IssueFile.class);
        if (f == null) {
            return Optional.empty();
        }
        Node idNode = YamlNodes.get(node.get(), "id");
        SourcePos idPos = idNode == null ? f.pos() : binder.pos(idNode);
        if (f.id() != null) {
            FolderName.problem(f.id()).ifPresent(p -> out.report(Severity.ERROR, "id-unsafe." + p.key(), idPos,
                    f.id(), String.valueOf(FolderName.MAX_LENGTH)));
        }
        return Optional.of(new IssueLoader.Assembler(folder, out).assemble(f, idPos));
    }

    private static final String DEFAULT_PAPER = "120g铜版纸";
    /** mm per leaf of the default paper. */
    private static final double DEFAULT_CALIPER = 0.13;

    /** Turns the bound issue.yaml into the model, loading the files it refers to. */
    private static final class Assembler {
        private final IssueFolder folder;
        private final Diagnostics out;
        private final DataFiles data;
        private final ArticleLoader articles;
        private final ArticleIds ids;
        private final Map<String, SourcePos> sectionIds = new HashMap<>();
        private final Set<Path> listed = new HashSet<>();

        Assembler(IssueFolder folder, Diagnostics out) {
            this.folder = folder;
            this.out = out;
            this.data = new DataFiles(folder, out);
            this.ids = new ArticleIds(folder, out);
            this.articles = new ArticleLoader(folder, () -> new BodyParser(folder, data, out), out);
        }

        Issue assemble(IssueFile f, SourcePos idPos) {
            IssueInfo info = new IssueInfo(f.id(), f.title(), f.issue(), f.number() == null ? 0 : f.number(),
                    f.special(), f.motto(), f.authority(), f.permit(), f.notice(), f.publisher(),
                    f.language() == null ? "zh-CN" : f.language(), f.subject(), f.keywords(), idPos);
            List<Section> sections = new ArrayList<>();
            boolean anyArticles = f.sections().stream().anyMatch(s -> !refs(s).isEmpty());
            if (!anyArticles) {
                // a fresh issue (made by 'new'): one sentence on what to do, not one per section
                out.report(Severity.ERROR, "issue-no-articles", f.sections().get(0).pos(), ShellArg.of(folder.display(folder.root())));
            }
            for (IssueFile.SectionEntry s : f.sections()) {
                if (refs(s).isEmpty() && (s.articles() != null || s.parts() != null)) {
                    if (anyArticles) {
                        out.report(Severity.WARNING, "section-no-articles", s.pos(), s.title(), ShellArg.of(folder.display(folder.root())),
                                ShellArg.of(s.title()));
                    }
                    continue;
                }
                sections.add(section(s));
            }
            unlisted();
            PrintSettings print = print(f.print());
            checkCopies(f.masthead(), print);
            checkCaliper(f.print());
            checkOrder(f.print());
            return new Issue(info, cover(f.cover(), print), masthead(f.masthead()), foreword(f.foreword()),
                    sections, new BackCover(f.backCover() == null ? List.of() : f.backCover()), print,
                    folder.root());
        }

        private Section section(IssueFile.SectionEntry s) {
            List<Part> parts = new ArrayList<>();
            if (s.articles() != null && s.parts() != null) {
                out.report(Severity.ERROR, "section-shape", s.pos(), s.title());
            }
            if (s.articles() != null) {
                parts.add(new Part(null, null, articleList(s.articles(), s.pos())));
            }
            if (s.parts() != null) {
                for (IssueFile.PartEntry p : s.parts()) {
                    // a part with no articles yet is left out of the issue (its section says so when all are empty)
                    if (p.articles() != null && !p.articles().isEmpty()) {
                        parts.add(new Part(p.title(), p.pinyin(), articleList(p.articles(), p.pos())));
                    } else {
                        out.report(Severity.WARNING, "part-no-articles", p.pos(), p.title(), s.title(),
                                ShellArg.of(folder.display(folder.root())), ShellArg.of(p.title()));
                    }
                }
            }
            if (parts.isEmpty()) {
                out.report(Severity.ERROR, "section-empty", s.pos(), s.title());
            }
            String id = s.id() != null ? s.id()
                    : s.pinyin() != null ? s.pinyin().replace(" ", "").toLowerCase(Locale.ROOT) : "s" + s.pos().line();
            SourcePos first = sectionIds.putIfAbsent(id, s.pos());
            if (first != null) {
                out.report(Severity.ERROR, "section-duplicate", s.pos(), id, String.valueOf(first));
            }
            return new Section(id, s.title(), s.pinyin(), parts);
        }

        /** The article files a section names, in its parts or directly. */
        private static List<IssueFile.ArticleEntry> refs(IssueFile.SectionEntry s) {
            List<IssueFile.ArticleEntry> all = new ArrayList<>();
            if (s.articles() != null) {
                all.addAll(s.articles());
            }
            if (s.parts() != null) {
                s.parts().stream().filter(p -> p.articles() != null).forEach(p -> all.addAll(p.articles()));
            }
            return all;
        }

        private List<Article> articleList(List<IssueFile.ArticleEntry> entries, SourcePos where) {
            List<Article> list = new ArrayList<>();
            for (IssueFile.ArticleEntry e : entries) {
                Ref ref = e.file();
                PagePlan plan = plan(e);
                folder.resolve(ref.path(), ref.pos(), out)
                        .map(file -> {
                            listed.add(file);
                            return file;
                        })
                        .filter(file -> ids.claim(ArticleLoader.idOf(file), file, ref.pos()))
                        .flatMap(articles::load)
                        .map(a -> a.withPlan(plan))
                        .ifPresent(list::add);
            }
            return list;
        }

        /** An article's page plan; a count or folio below 1 cannot be met and is the editor's mistake. */
        private PagePlan plan(IssueFile.ArticleEntry e) {
            Integer pages = e.pages();
            Integer start = e.start();
            if (pages != null && pages < 1) {
                out.report(Severity.ERROR, "plan-pages", e.pos(), pages);
                pages = null;
            }
            if (start != null && start < 1) {
                out.report(Severity.ERROR, "plan-start", e.pos(), String.valueOf(start));
                start = null;
            }
            return new PagePlan(pages, start, e.pos());
        }

        /** An article written but listed in no section would silently be left out of the issue. */
        private void unlisted() {
            Path dir = folder.root().resolve("articles");
            if (!Files.isDirectory(dir)) {
                return;
            }
            try (Stream<Path> files = Files.walk(dir, 4)) {
                files.filter(p -> p.getFileName().toString().endsWith(".txt") && !p.getFileName().toString().startsWith("."))
                        .filter(Files::isRegularFile).filter(p -> !listed.contains(p.normalize())).filter(Assembler::isArticle).sorted()
                        .forEach(p -> out.report(Severity.WARNING, "article-unlisted", SourcePos.file(folder.display(p)),
                                folder.root().relativize(p).toString().replace('\\', '/')));
            } catch (IOException | java.io.UncheckedIOException e) {
                // a folder that cannot be listed is not worth a warning of its own: its listed files report themselves
            }
        }

        /** An article file starts with its front matter (an import's notes beside it do not). */
        private static boolean isArticle(Path file) {
            try (java.io.BufferedReader r = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
                String first = r.readLine();
                return first != null && first.replace("\uFEFF", "").strip().equals("---");
            } catch (IOException | RuntimeException e) {
                return true; // unreadable: still worth naming
            }
        }

        /** The cover photo is printed across the page and its bleed. */
        private Cover cover(IssueFile.CoverEntry c, PrintSettings print) {
            if (c.line() == null || c.line().isBlank()) {
                // what a fresh issue lacks: said in the editor's words rather than as an empty required key
                out.report(Severity.ERROR, "cover-line-missing", c.pos());
            }
            Path photo = c.photo() == null ? null : folder.resolve(c.photo().path(), c.photo().pos(), out).orElse(null);
            if (photo != null) {
                // the frame of CoverPages: the bled page's width, from under the title band to the foot of the bleed
                double bleed = print.bleed() * Design.PT_PER_MM;
                new PhotoCheck(out).checkCover(photo, c.photo().path(), c.photo().pos(), print.trimWidth() * Design.PT_PER_MM + 2 * bleed,
                        print.trimHeight() * Design.PT_PER_MM + 2 * bleed - Design.COVER_PHOTO_TOP);
            }
            return new Cover(c.line(), photo, c.photoCaption(), c.photographer(), c.pos());
        }

        /**
         * The print shop prints print.copies; the imprint tells the reader 印数. Two numbers
         * for one print run is a question the print shop calls about.
         */
        private void checkCopies(IssueFile.MastheadEntry m, PrintSettings print) {
            if (m == null || m.imprint() == null || print.copies() <= 0) {
                return;
            }
            for (IssueFile.RoleEntry r : m.imprint()) {
                String digits = r.value() == null ? "" : r.value().replaceAll("[^0-9]", "");
                if ("印数".equals(r.role()) && !digits.isEmpty() && !digits.equals(String.valueOf(print.copies()))) {
                    out.report(Severity.WARNING, "copies-imprint", r.pos(), r.value(), String.valueOf(print.copies()));
                }
            }
        }

        /** Another paper is another thickness: the spine would be as wide as for the default paper. */
        private void checkCaliper(IssueFile.PrintEntry p) {
            if (p != null && p.paper() != null && !p.paper().equals(DEFAULT_PAPER) && p.caliper() == null
                    && p.binding() != BindingStyle.SADDLE) {
                out.report(Severity.WARNING, "paper-caliper", p.pos(), p.paper(), String.valueOf(DEFAULT_CALIPER), DEFAULT_PAPER);
            }
        }

        private Masthead masthead(IssueFile.MastheadEntry m) {
            return new Masthead(entries(m.committee()), entries(m.staff()), entries(m.imprint()));
        }

        private List<Masthead.Entry> entries(List<IssueFile.RoleEntry> list) {
            List<Masthead.Entry> result = new ArrayList<>();
            if (list == null) {
                return result;
            }
            for (IssueFile.RoleEntry r : list) {
                if (r.names() == null && r.value() == null) {
                    out.report(Severity.ERROR, "masthead-entry", r.pos(), r.role());
                    continue;
                }
                result.add(new Masthead.Entry(r.role(), r.names() != null ? r.names() : List.of(r.value())));
            }
            return result;
        }

        private Foreword foreword(Ref ref) {
            if (ref == null) {
                return null;
            }
            return folder.resolve(ref.path(), ref.pos(), out).flatMap(p -> folder.readText(p, out).map(text -> {
                String name = folder.display(p);
                List<Block> blocks = new BodyParser(folder, data, out)
                        .parse(Arrays.asList(text.split("\n", -1)), name, 1, false);
                return new Foreword("卷首语", blocks, SourcePos.file(name));
            })).orElse(null);
        }

        private static PrintSettings print(IssueFile.PrintEntry p) {
            if (p == null) {
                p = new IssueFile.PrintEntry(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null);
            }
            return new PrintSettings(or(p.trimWidth(), 210.0), or(p.trimHeight(), 285.0), or(p.bleed(), 3.0),
                    p.copies() == null ? 0 : p.copies(), p.paper() == null ? DEFAULT_PAPER : p.paper(),
                    or(p.caliper(), DEFAULT_CALIPER),
                    p.outputCondition() == null ? "Japan Color 2001 Coated" : p.outputCondition(),
                    p.outputConditionId() == null ? "JC200103" : p.outputConditionId(),
                    p.padTo() == null ? 4 : Math.max(1, p.padTo()), p.binding(),
                    p.saddleUpTo() == null ? 48 : p.saddleUpTo(), or(p.spineTextMin(), 5.0), order(p));
        }

        private static PrintOrder order(IssueFile.PrintEntry p) {
            IssueFile.ContactEntry c = p.contact() == null ? new IssueFile.ContactEntry(null, null, null, null) : p.contact();
            return new PrintOrder(p.coverPaper(), c.unit(), c.name(), c.phone(), p.delivery());
        }

        /**
         * The job ticket's facts the shop calls about, named when missing so the editor fills them
         * before the handoff; asked of an issue that gives its print settings (one meant for the press).
         */
        private void checkOrder(IssueFile.PrintEntry p) {
            if (p == null) {
                return;
            }
            IssueFile.ContactEntry c = p.contact();
            List<String> missing = new ArrayList<>();
            if (c == null || blank(c.unit())) {
                missing.add("print.contact.unit");
            }
            if (c == null || blank(c.name())) {
                missing.add("print.contact.name");
            }
            if (c == null || blank(c.phone())) {
                missing.add("print.contact.phone");
            }
            if (blank(p.delivery())) {
                missing.add("print.delivery");
            }
            if (!missing.isEmpty()) {
                out.report(Severity.WARNING, "print-order-missing", c != null ? c.pos() : p.pos(), String.join(", ", missing));
            }
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }

        private static double or(Double v, double dflt) {
            return v == null ? dflt : v;
        }
    }
}
