package org.issuepress.press;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.issuepress.compose.ComposedIssue;
import org.issuepress.compose.IssueComposer;
import org.issuepress.compose.SetArticles;
import org.issuepress.design.Design;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.EditorErrors;
import org.issuepress.diag.Messages;
import org.issuepress.finish.Editions;
import org.issuepress.finish.OutputFiles;
import org.issuepress.fonts.FontSet;
import org.issuepress.load.AcceptedFindings;
import org.issuepress.load.DesignLoader;
import org.issuepress.load.IssueLoader;
import org.issuepress.words.Words;
import org.issuepress.model.BindingStyle;
import org.issuepress.model.Issue;
import org.issuepress.model.PrintSettings;
import org.issuepress.preflight.Expectations;
import org.issuepress.proof.ErrorRate;
import org.issuepress.proof.ProofReport;
import org.issuepress.proof.Proofreader;
import org.issuepress.preflight.FileReport;
import org.issuepress.preflight.PreflightFailed;
import org.issuepress.preflight.ReportWriter;
import org.issuepress.reflow.EpubEdition;
import org.issuepress.reflow.WeChatEdition;
import org.issuepress.render.ColourMode;
import org.issuepress.render.PdfRenderer;
import org.issuepress.render.PhotoStore;

/**
 * The build's stages in order, each reported as it runs: load → compose → photos → render →
 * finish → preflight → write. The commands (cli) and the live preview (serve) are two doors
 * to it; tests use it too.
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

    public Loaded load(Path issueDir, Diagnostics d) {
        console.stage("load");
        Words.warmUp(); // the segmenter display breaks use and proofreading's dictionary load while the design and the issue are read
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
        console.stage("proof");
        ProofReport proof = Proofreader.read(issue, d);
        console.done(Messages.text("stage.proof.done", String.valueOf(proof.hits().size())));
        return new Loaded(design, fontSet, issue, proof);
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

    /** What would break a limit of the WeChat editor (a title too long, an article too large), as warnings. */
    public void checkWeChat(Loaded l, ComposedIssue composed, Diagnostics d) {
        new WeChatEdition(templates, l.design(), l.fonts()).check(composed, d);
    }

    public Built build(Path issueDir, Path outRoot, Diagnostics d) throws IOException {
        return build(issueDir, outRoot, d, false, false);
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
            OutputOwner.check(l.issue(), outRoot, d);
            d.throwIfErrors();
        }
        return build(l, compose(l, d), issueDir, outRoot, d, finalRun);
    }

    /** The editions of an issue already loaded and composed (the preview's: not composed twice). */
    public Built build(Loaded l, ComposedIssue composed, Path issueDir, Path outRoot, Diagnostics d, boolean finalRun)
            throws IOException {
        String id = l.issue().info().id();
        PhotoStage.Count photos = new PhotoStage(console).run(composed,
                new PhotoStore(outRoot.resolve(".cache").resolve(id).resolve("photos")), issueDir, d);
        console.stage("render");
        int total = composed.pages().size();
        byte[] rendered = new PdfRenderer(templates, l.design(), l.fonts())
                .render(composed, ColourMode.CMYK, n -> console.step(n, total));
        console.done(Messages.text("stage.pages", String.valueOf(composed.pages().size())));
        console.stage("finish");
        Editions editions = new Editions(composed, l.design());
        Map<String, byte[]> made;
        List<FileReport> reports;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            EpubEdition epub = new EpubEdition(templates, l.design(), l.fonts());
            EditionJobs jobs = finish(editions, rendered, l.issue(), finalRun, pool);
            jobs.make(EpubEdition.fileName(id), jobs.made(Editions.fileName(id, "web")), web -> epub.make(composed, web));
            WeChatEdition wechat = new WeChatEdition(templates, l.design(), l.fonts());
            jobs.makeFolder(() -> wechat.make(composed, d));
            made = jobs.files();
            finished(editions.binding(), made, id);
            console.stage("preflight");
            reports = RunOutPages.add(jobs.reports(), composed, l.design().fit().sparse(), Editions.fileName(id, "print"));
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
        made.forEach(out::put);
        ReportNotes notes = new ReportNotes(editions.binding(), l.issue().print().copies(), photos).unchecked(made);
        ErrorRate rate = ProofRate.of(l, composed);
        notes.proof(ProofRate.sentence(l, rate), rate);
        out.put("preflight.txt", ReportWriter.text(reports, notes.text()).getBytes(StandardCharsets.UTF_8));
        out.put("preflight.json", ReportWriter.json(reports, notes.values()).getBytes(StandardCharsets.UTF_8));
        // the editions and their report move into place together, only when all are written
        Map<String, Path> files = out.commit(l.issue().dir());
        console.done(out.dir().toString());
        return new Built(composed, files, reports);
    }

    /** The print edition, its cover spread and the e-edition, each made from the master and checked. */
    private static EditionJobs finish(Editions editions, byte[] rendered, Issue issue, boolean finalRun, ExecutorService pool) {
        String id = issue.info().id();
        PrintSettings ps = issue.print();
        int articles = (int) issue.articles().count();
        String printFile = Editions.fileName(id, "print");
        String coverFile = Editions.fileName(id, "cover");
        String webFile = Editions.fileName(id, "web");
        EditionJobs jobs = new EditionJobs(pool);
        CompletableFuture<byte[]> print = jobs.make(printFile, () -> editions.print(rendered));
        CompletableFuture<byte[]> web = jobs.make(webFile, () -> editions.web(rendered));
        CompletableFuture<byte[]> cover = jobs.make(coverFile, () -> editions.cover(rendered));
        jobs.checkInTwo(printFile, print,
                new Expectations(Expectations.Edition.PRINT, ps.trimWidth(), ps.trimHeight(), articles, finalRun));
        // the spread: back cover, spine (none when saddle-stitched) and front cover side by side
        double spreadWidth = 2 * ps.trimWidth() + editions.binding().spineMm();
        jobs.check(coverFile, cover, new Expectations(Expectations.Edition.COVER, spreadWidth, ps.trimHeight(), 0, finalRun));
        // its pages are the print edition's, checked in full there
        jobs.checkInTwo(webFile, web,
                new Expectations(Expectations.Edition.WEB, ps.trimWidth(), ps.trimHeight(), articles, finalRun).lightly());
        return jobs;
    }

    private void finished(Editions.Binding b, Map<String, byte[]> made, String id) {
        console.done(Messages.text(b.style() == BindingStyle.SADDLE ? "stage.finish.done.saddle" : "stage.finish.done",
                mb(made.get(Editions.fileName(id, "print"))), mb(made.get(Editions.fileName(id, "cover"))),
                mb(made.get(Editions.fileName(id, "web"))),
                String.valueOf(b.insidePages()), String.valueOf(b.blankPages()), b.sheets("stage.finish.sheets"),
                String.format(Locale.ROOT, "%.1f", b.spineMm())));
    }

    private static String mb(byte[] file) {
        return String.format(Locale.ROOT, "%.1f", file.length / 1048576.0);
    }
}
