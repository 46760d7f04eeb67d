package org.issuepress.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.issuepress.cli.Pipeline;
import org.issuepress.cli.Progress;
import org.issuepress.compose.ComposedIssue;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.EditorErrors;
import org.issuepress.diag.Messages;
import org.issuepress.load.IssueFolder;
import org.issuepress.render.ColourMode;
import org.issuepress.render.PdfRenderer;

/**
 * One rebuild of the preview: loads and composes the whole issue (a fraction of a second),
 * then renders and draws only the pages whose fingerprint has no image yet. When the issue
 * does not load or compose, the outcome carries the errors and the last good pages.
 */
final class Rebuilder {
    /** Pages drawn between two partial results on the first build, so the page fills in as it goes. */
    private static final int PARTIAL_EVERY = 8;
    private final Path issueDir;
    private final Path templates;
    private final Path fonts;
    private final PageImages images;
    private final LargePages large;
    private final String folder;
    private Outcome lastGood;
    private FindingLinks links;

    /**
     * @param ok          false: {@code pages} are the last good ones, {@code diagnostics} say why
     * @param diagnostics what load and compose found, in file order
     * @param redrawn     pages rendered and drawn by this rebuild
     */
    record Outcome(boolean ok, String title, String id, List<PreviewState.PageEntry> pages,
                   List<PreviewState.Finding> findings, List<Diagnostic> diagnostics, int redrawn) {
        long errors() {
            return diagnostics.stream().filter(Diagnostic::isError).count();
        }
    }

    Rebuilder(Path issueDir, Path templates, Path fonts, PageImages images, LargePages large) {
        this.issueDir = issueDir;
        this.templates = templates;
        this.fonts = fonts;
        this.images = images;
        this.large = large;
        this.folder = IssueFolder.displayName(issueDir) + java.io.File.separator;
        this.links = FindingLinks.none(folder);
    }

    /**
     * @param progress stages and page counts, for the terminal
     * @param partial  hears the pages drawn so far while the first build draws them
     */
    Outcome rebuild(Progress progress, Consumer<List<PreviewState.PageEntry>> partial) {
        Diagnostics d = new Diagnostics();
        try {
            Pipeline pipeline = new Pipeline(templates, fonts, progress);
            Pipeline.Loaded loaded = pipeline.load(issueDir, d);
            ComposedIssue composed = pipeline.compose(loaded, d);
            PdfRenderer renderer = new PdfRenderer(templates, loaded.design(), loaded.fonts());
            PdfRenderer.Plan plan = renderer.plan(composed, ColourMode.RGB);
            links = FindingLinks.of(composed, folder);
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < plan.pages().size(); i++) {
                keys.add(Integer.toHexString(plan.fingerprint(i)));
            }
            List<PreviewState.PageEntry> entries = PageList.of(composed);
            if (lastGood == null) {
                partial.accept(drawn(entries, keys)); // the pages' places, before their images
            }
            int redrawn = draw(renderer, plan, keys, progress, lastGood == null ? n -> partial.accept(drawn(entries, keys))
                    : n -> {
                    });
            images.keepOnly(keys);
            large.source(new LargePages.Source(renderer, plan, keys));
            lastGood = new Outcome(true, composed.issue().info().fullTitle(), composed.issue().info().id(),
                    drawn(entries, keys), findings(d), d.sorted(), redrawn);
            return lastGood;
        } catch (EditorErrors e) {
            if (e.diagnostics() != d) {
                d.addAll(e.diagnostics());
            }
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // a template the editor broke, or a bug of ours: either way a message on the page, not a trace
            d.report(Failures.of(e, templates));
        }
        return new Outcome(false, lastGood == null ? IssueFolder.displayName(issueDir) : lastGood.title(),
                lastGood == null ? null : lastGood.id(),
                lastGood == null ? List.of() : lastGood.pages(), findings(d), d.sorted(), 0);
    }

    /** Renders the pages without an image into one PDF and draws each; returns how many. */
    private int draw(PdfRenderer renderer, PdfRenderer.Plan plan, List<String> keys, Progress progress,
                     Consumer<Integer> partial) {
        Set<String> seen = new LinkedHashSet<>();
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (!images.has(keys.get(i)) && seen.add(keys.get(i))) {
                missing.add(i);
            }
        }
        if (missing.isEmpty()) {
            return 0;
        }
        progress.stage("render");
        byte[] pdf = renderer.render(plan, missing, n -> progress.step(n, missing.size()));
        progress.done(Messages.text("stage.pages", String.valueOf(missing.size())));
        progress.stage("draw");
        images.draw(pdf, missing.stream().map(keys::get).toList(), plan.metrics().bleed(), n -> {
            progress.step(n, missing.size());
            if (n % PARTIAL_EVERY == 0) {
                partial.accept(n);
            }
        });
        progress.done(Messages.text("stage.draw.done", String.valueOf(missing.size()), String.valueOf((int) PageImages.DPI)));
        return missing.size();
    }

    private List<PreviewState.PageEntry> drawn(List<PreviewState.PageEntry> entries, List<String> keys) {
        List<PreviewState.PageEntry> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            out.add(images.has(keys.get(i)) ? entries.get(i).drawn(keys.get(i)) : entries.get(i));
        }
        return out;
    }

    private List<PreviewState.Finding> findings(Diagnostics d) {
        List<PreviewState.Finding> out = new ArrayList<>();
        d.sorted().forEach(x -> out.add(links.link(x)));
        out.addAll(links.placeholders());
        return out;
    }
}
