package org.issuepress.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.issuepress.compose.ComposedIssue;
import org.issuepress.compose.IssueComposer;
import org.issuepress.design.Design;
import org.issuepress.diag.Diagnostics;
import org.issuepress.finish.Finisher;
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

    public record Built(ComposedIssue composed, Map<String, Path> files) {
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
        Loaded l = load(issueDir, d);
        ComposedIssue composed = compose(l, d);
        console.stage("render");
        byte[] rendered = new PdfRenderer(templates, l.design(), l.fonts()).render(composed, ColourMode.CMYK);
        console.done(composed.pages().size() + " pages");
        console.stage("finish");
        byte[] print = new Finisher(composed).print(rendered);
        console.done(String.format("print edition %.1f MB", print.length / 1048576.0));
        console.stage("write");
        String id = l.issue().info().id();
        OutputFiles out = new OutputFiles(outRoot.resolve(id));
        out.put(id + "-print.pdf", print);
        Map<String, Path> files = out.commit();
        console.done(out.dir().toString());
        return new Built(composed, files);
    }
}
