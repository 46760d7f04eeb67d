package org.issuepress.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.issuepress.compose.ComposedIssue;
import org.issuepress.compose.IssueComposer;
import org.issuepress.design.Design;
import org.issuepress.diag.Diagnostics;
import org.issuepress.finish.Editions;
import org.issuepress.model.PrintSettings;
import org.issuepress.preflight.Expectations;
import org.issuepress.preflight.FileReport;
import org.issuepress.preflight.Preflight;
import org.issuepress.preflight.PreflightFailed;
import org.issuepress.preflight.ReportWriter;
import java.util.List;
import org.issuepress.finish.OutputFiles;
import org.issuepress.fonts.FontSet;
import org.issuepress.load.DesignLoader;
import org.issuepress.load.IssueLoader;
import org.issuepress.model.Issue;
import org.issuepress.render.ColourMode;
import org.issuepress.render.PdfRenderer;

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

    public Loaded load(Path issueDir, Diagnostics d) {
        console.stage("load");
        Design design = DesignLoader.load(templates, d);
        Issue issue = IssueLoader.load(issueDir, d);
        console.done(issue.articles().count() + " articles in " + issue.sections().size() + " sections");
        console.stage("fonts");
        FontSet fontSet = FontSet.load(design, fonts, d);
        console.done(fontSet.faces().size() + " fonts");
        return new Loaded(design, fontSet, issue);
    }

    public ComposedIssue compose(Loaded l, Diagnostics d) {
        console.stage("compose");
        ComposedIssue composed = new IssueComposer(l.design(), l.fonts(), l.issue(), d).compose(l.issue());
        console.done(composed.pages().size() + " pages");
        return composed;
    }

    public Built build(Path issueDir, Path outRoot, Diagnostics d) throws IOException {
        return build(issueDir, outRoot, d, false);
    }

    /** @param finalRun placeholders are errors: the files go to the printer */
    public Built build(Path issueDir, Path outRoot, Diagnostics d, boolean finalRun) throws IOException {
        Loaded l = load(issueDir, d);
        ComposedIssue composed = compose(l, d);
        console.stage("render");
        int total = composed.pages().size();
        byte[] rendered = new PdfRenderer(templates, l.design(), l.fonts())
                .render(composed, ColourMode.CMYK, n -> console.step(n, total));
        console.done(composed.pages().size() + " pages");
        console.stage("finish");
        Editions editions = new Editions(composed, l.design());
        byte[] print = editions.print(rendered);
        console.step(1, 3);
        byte[] cover = editions.cover(rendered);
        console.step(2, 3);
        byte[] web = editions.web(rendered);
        console.step(3, 3);
        Editions.Binding b = editions.binding();
        console.done(String.format(java.util.Locale.ROOT, "print %.1f MB, cover %.1f MB, web %.1f MB; %d inside pages "
                        + "(%d blank) = %d × 16%s, spine %.1f mm",
                print.length / 1048576.0, cover.length / 1048576.0, web.length / 1048576.0, b.insidePages(), b.blankPages(),
                b.signatures(), b.rest() == 0 ? "" : " + " + b.rest(), b.spineMm()));
        String id = l.issue().info().id();
        console.stage("preflight");
        PrintSettings ps = l.issue().print();
        int articles = (int) l.issue().articles().count();
        List<FileReport> reports = Preflight.checkAll(
                List.of(id + "-print.pdf", id + "-cover.pdf", id + "-web.pdf"), List.of(print, cover, web),
                List.of(new Expectations(Expectations.Edition.PRINT, ps.trimWidth(), ps.trimHeight(), articles, finalRun),
                        new Expectations(Expectations.Edition.COVER, 0, 0, 0, finalRun),
                        new Expectations(Expectations.Edition.WEB, ps.trimWidth(), ps.trimHeight(), articles, finalRun)),
                n -> console.step(n, 3));
        long errors = reports.stream().mapToLong(FileReport::errors).sum();
        long warnings = reports.stream().mapToLong(FileReport::warnings).sum();
        console.done(errors + " error(s), " + warnings + " warning(s)");
        if (errors > 0) {
            throw new PreflightFailed(reports);
        }
        console.stage("write");
        OutputFiles out = new OutputFiles(outRoot.resolve(id));
        out.put(id + "-print.pdf", print);
        out.put(id + "-cover.pdf", cover);
        out.put(id + "-web.pdf", web);
        List<String> notes = List.of(String.format(java.util.Locale.ROOT,
                "binding: %d inside pages (%d intentionally blank) = %d signature(s) of 16%s; spine %.2f mm (%s, %.2f mm per leaf)",
                b.insidePages(), b.blankPages(), b.signatures(), b.rest() == 0 ? "" : " + one of " + b.rest(), b.spineMm(),
                b.paper(), b.caliperMm()));
        out.put("preflight.txt", ReportWriter.text(reports, notes).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.put("preflight.json", ReportWriter.json(reports, Map.of("binding", b)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Map<String, Path> files = out.commit();
        console.done(out.dir().toString());
        return new Built(composed, files, reports);
    }
}
