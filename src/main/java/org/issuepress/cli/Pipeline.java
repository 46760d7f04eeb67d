package org.issuepress.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.issuepress.compose.ComposedIssue;
import org.issuepress.compose.IssueComposer;
import org.issuepress.compose.SetArticles;
import org.issuepress.design.Design;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.EditorErrors;
import org.issuepress.diag.Messages;
import org.issuepress.diag.Phrase;
import org.issuepress.diag.Severity;
import org.issuepress.load.IssueFolder;
import org.issuepress.finish.Editions;
import org.issuepress.model.BindingStyle;
import org.issuepress.model.PrintSettings;
import org.issuepress.preflight.Expectations;
import org.issuepress.preflight.FileReport;
import org.issuepress.preflight.Preflight;
import org.issuepress.preflight.PreflightFailed;
import org.issuepress.preflight.ReportWriter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.issuepress.finish.OutputFiles;
import org.issuepress.fonts.FontSet;
import org.issuepress.load.AcceptedFindings;
import org.issuepress.load.DesignLoader;
import org.issuepress.load.IssueLoader;
import org.issuepress.model.Issue;
import org.issuepress.render.ColourMode;
import org.issuepress.render.PdfRenderer;
import org.issuepress.render.PhotoStore;

/**
 * The stages in order, each reported as it runs: load → compose → render → finish → write.
 * The commands use it, and so can tests and the preview server.
 */
public final class Pipeline {
    private final Path templates;
    private final Path fonts;
    private final Progress console;

    public Pipeline(Path templates, Path fonts, Progress console) {
        this.templates = templates;
        this.fonts = fonts;
        this.console = console;
    }

    public record Loaded(Design design, FontSet fonts, Issue issue) {
    }

    public record Built(ComposedIssue composed, Map<String, Path> files, List<FileReport> preflight) {
    }

    private record Made(byte[] print, byte[] cover, byte[] web) {
    }

    /** The editions and the preflight report, moved into place together only when all are written. */
    private static Map<String, Path> write(OutputFiles out, Path issueDir, String id, Made made, List<FileReport> reports, Editions.Binding b,
                                           int copies, PhotoStage.Count photos) throws IOException {
        out.put(Editions.fileName(id, "print"), made.print());
        out.put(Editions.fileName(id, "cover"), made.cover());
        out.put(Editions.fileName(id, "web"), made.web());
        List<Phrase> notes = new java.util.ArrayList<>(List.of(Phrase.of(b.style() == BindingStyle.SADDLE ? "report.binding.saddle" : "report.binding", String.valueOf(b.insidePages()),
                String.valueOf(b.blankPages()), String.valueOf(b.signatures()),
                b.rest() == 0 ? "" : Phrase.of("report.binding.rest", String.valueOf(b.rest())),
                String.format(java.util.Locale.ROOT, "%.2f", b.spineMm()), b.paper(),
                String.format(java.util.Locale.ROOT, "%.2f", b.caliperMm()))));
        Map<String, Object> extra = new java.util.LinkedHashMap<>(Map.of("binding", b));
        if (copies > 0) {
            notes.add(Phrase.of("report.copies", String.valueOf(copies)));
            extra.put("copies", copies);
        }
        if (photos.total() > 0) {
            notes.add(photos.note());
            extra.put("photos", photos);
        }
        out.put("preflight.txt", ReportWriter.text(reports, notes).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.put("preflight.json", ReportWriter.json(reports, extra).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return out.commit(issueDir);
    }

    /**
     * The editions are made from the same master independently, and each is checked as soon
     * as it is made: on two cores the print edition's preflight (the longest task) overlaps
     * the making of the others.
     */
    private record Work(Future<byte[]> print, Future<byte[]> cover, Future<byte[]> web,
                        Future<FileReport> printReport, Future<FileReport> coverReport, Future<FileReport> webReport) {
        Made made() {
            return new Made(get(print), get(cover), get(web));
        }

        List<FileReport> reports() {
            return List.of(get(printReport), get(coverReport), get(webReport));
        }
    }

    private static Work start(Editions editions, byte[] rendered, Issue issue, String id, boolean finalRun,
                              ExecutorService pool) {
        PrintSettings ps = issue.print();
        int articles = (int) issue.articles().count();
        CompletableFuture<byte[]> print = CompletableFuture.supplyAsync(() -> editions.print(rendered), pool);
        CompletableFuture<byte[]> web = CompletableFuture.supplyAsync(() -> editions.web(rendered), pool);
        CompletableFuture<byte[]> cover = CompletableFuture.supplyAsync(() -> editions.cover(rendered), pool);
        return new Work(print, cover, web,
                checkInTwo(print, Editions.fileName(id, "print"),
                        new Expectations(Expectations.Edition.PRINT, ps.trimWidth(), ps.trimHeight(), articles, finalRun), pool),
                cover.thenApplyAsync(b -> Preflight.check(Editions.fileName(id, "cover"), b,
                        new Expectations(Expectations.Edition.COVER, 0, 0, 0, finalRun)), pool),
                checkInTwo(web, Editions.fileName(id, "web"),
                        // its pages are the print edition's, checked in full there
                        new Expectations(Expectations.Edition.WEB, ps.trimWidth(), ps.trimHeight(), articles, finalRun).lightly(), pool));
    }

    /**
     * Preflight of an edition in two halves that either thread can take, then reported in page
     * order: the print edition's full check is the longest task of the build, and making the
     * e-edition then checking it the longest chain.
     */
    private static CompletableFuture<FileReport> checkInTwo(CompletableFuture<byte[]> file, String name, Expectations expect,
                                                            ExecutorService pool) {
        CompletableFuture<Preflight.ScannedPages> first = file.thenApplyAsync(b -> Preflight.scan(b, expect, 0, 2), pool);
        CompletableFuture<Preflight.ScannedPages> second = file.thenApplyAsync(b -> Preflight.scan(b, expect, 1, 2), pool);
        return first.thenCombine(second, (a, b) -> Preflight.check(name, file.join(), expect, List.of(a, b)));
    }

    private static String mb(byte[] file) {
        return String.format(java.util.Locale.ROOT, "%.1f", file.length / 1048576.0);
    }

    /** The result of a task run in parallel; its failure is rethrown as it was. */
    private static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    public Loaded load(Path issueDir, Diagnostics d) {
        console.stage("load");
        Design design = DesignLoader.load(templates, d);
        // the fonts are parsed on the other core while the issue's files are read
        Diagnostics fontFindings = new Diagnostics();
        CompletableFuture<FontSet> parsing = CompletableFuture.supplyAsync(() -> {
            try {
                return FontSet.load(design, fonts, fontFindings);
            } catch (EditorErrors e) {
                return null; // its findings are in fontFindings
            }
        });
        d.accepting(AcceptedFindings.load(issueDir, d));
        Issue issue = IssueLoader.load(issueDir, d);
        console.done(Messages.text("stage.load.done", String.valueOf(issue.articles().count()), String.valueOf(issue.sections().size())));
        console.stage("fonts");
        FontSet fontSet = parsing.join();
        d.addAll(fontFindings);
        d.throwIfErrors();
        console.done(Messages.text("stage.fonts.done", String.valueOf(fontSet.faces().size())));
        return new Loaded(design, fontSet, issue);
    }

    /**
     * Copying an issue folder and forgetting to change its id would replace the other issue's
     * editions: the output folder says which issue folder it was built from.
     */
    public static void checkOutput(Issue issue, Path outRoot, Diagnostics d) {
        String id = issue.info().id();
        if (id == null || org.issuepress.load.FolderName.problem(id).isPresent()) {
            return;
        }
        String here = OutputFiles.sourceName(issue.dir());
        String typed = issue.dir().toAbsolutePath().normalize().toString(); // as the first builds recorded it
        OutputFiles.builtFrom(outRoot, id).filter(other -> !other.equals(here) && !other.equals(typed))
                .ifPresent(other -> d.report(Severity.ERROR, "output-other-issue", issue.info().idPos(),
                        IssueFolder.displayName(outRoot.resolve(id)), shown(other), id));
    }

    private static String shown(String folder) {
        try {
            return IssueFolder.displayName(Path.of(folder));
        } catch (RuntimeException e) {
            return folder; // not a path on this system: as recorded
        }
    }

    public ComposedIssue compose(Loaded l, Diagnostics d) {
        return compose(l, d, SetArticles.NONE);
    }

    /** @param set the articles an earlier compose set (the preview's); unchanged ones are not set again */
    public ComposedIssue compose(Loaded l, Diagnostics d, SetArticles set) {
        console.stage("compose");
        ComposedIssue composed = new IssueComposer(l.design(), l.fonts(), l.issue(), d, set).compose(l.issue());
        console.done(Messages.text("stage.pages", String.valueOf(composed.pages().size())));
        return composed;
    }

    /** The templates run over every page and parsed, without rendering: finds what would stop a build in render. */
    public void checkTemplates(Loaded l, ComposedIssue composed) {
        new PdfRenderer(templates, l.design(), l.fonts()).checkTemplates(composed);
    }

    public Built build(Path issueDir, Path outRoot, Diagnostics d) throws IOException {
        return build(issueDir, outRoot, d, false);
    }

    public Built build(Path issueDir, Path outRoot, Diagnostics d, boolean finalRun) throws IOException {
        return build(issueDir, outRoot, d, finalRun, false);
    }

    /**
     * @param finalRun placeholders are errors: the files go to the printer
     * @param replace  the output folder may hold the editions of another issue folder with the same id
     */
    public Built build(Path issueDir, Path outRoot, Diagnostics d, boolean finalRun, boolean replace) throws IOException {
        Loaded l = load(issueDir, d);
        if (!replace) {
            checkOutput(l.issue(), outRoot, d);
            d.throwIfErrors();
        }
        return build(l, compose(l, d), issueDir, outRoot, d, finalRun);
    }

    /** The editions of an issue already loaded and composed (the preview's: not composed twice). */
    public Built build(Loaded l, ComposedIssue composed, Path issueDir, Path outRoot, Diagnostics d, boolean finalRun)
            throws IOException {
        PhotoStage.Count photos = new PhotoStage(console).run(composed,
                new PhotoStore(outRoot.resolve(".cache").resolve(l.issue().info().id()).resolve("photos")), issueDir, d);
        console.stage("render");
        int total = composed.pages().size();
        byte[] rendered = new PdfRenderer(templates, l.design(), l.fonts())
                .render(composed, ColourMode.CMYK, n -> console.step(n, total));
        console.done(Messages.text("stage.pages", String.valueOf(composed.pages().size())));
        console.stage("finish");
        Editions editions = new Editions(composed, l.design());
        String id = l.issue().info().id();
        Made made;
        List<FileReport> reports;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Work work = start(editions, rendered, l.issue(), id, finalRun, pool);
            made = work.made();
            Editions.Binding b = editions.binding();
            console.done(Messages.text(b.style() == BindingStyle.SADDLE ? "stage.finish.done.saddle" : "stage.finish.done", mb(made.print()), mb(made.cover()), mb(made.web()),
                    String.valueOf(b.insidePages()), String.valueOf(b.blankPages()), String.valueOf(b.signatures()),
                    b.rest() == 0 ? "" : Phrase.of("stage.finish.rest", String.valueOf(b.rest())),
                    String.format(java.util.Locale.ROOT, "%.1f", b.spineMm())));
            console.stage("preflight");
            reports = RunOutPages.add(work.reports(), composed, l.design().fit().sparse(), Editions.fileName(id, "print"));
        } finally {
            pool.shutdown();
        }
        long errors = reports.stream().mapToLong(FileReport::errors).sum();
        long warnings = reports.stream().mapToLong(FileReport::warnings).sum();
        console.done(Messages.text("stage.preflight.done", String.valueOf(errors), String.valueOf(warnings)));
        if (errors > 0) {
            throw new PreflightFailed(reports, l.issue().dir());
        }
        console.stage("write");
        OutputFiles out = new OutputFiles(outRoot, id);
        Map<String, Path> files = write(out, l.issue().dir(), id, made, reports, editions.binding(), l.issue().print().copies(), photos);
        console.done(out.dir().toString());
        return new Built(composed, files, reports);
    }
}
