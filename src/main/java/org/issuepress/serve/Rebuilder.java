package org.issuepress.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
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
 * then renders and draws only the pages whose fingerprint has no image yet, the spread the
 * editor looks at first and then onwards from it, a few pages at a time: Flying Saucer renders
 * the next few on this thread while PDFBox draws the last few on another (two cores), and the
 * page shows each few as soon as they are drawn. When the issue does not load or compose, the
 * outcome carries the errors and the last good pages.
 */
final class Rebuilder {
    /** Pages rendered together after the first spread: fewer is sooner, more is less overhead per PDF. */
    private static final int BATCH = 8;
    private final Path issueDir;
    private final Path templates;
    private final Path fonts;
    private final PageImages images;
    private final LargePages large;
    private final String folder;
    private final IntSupplier focus;
    private final ExecutorService drawer = Executors.newSingleThreadExecutor(Daemons.named("preview-draw"));
    private Outcome lastGood;
    private FindingLinks links;
    private volatile Prepared prepared;
    private volatile Map<String, Diagnostic> byId = Map.of();

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
        this(issueDir, templates, fonts, images, large, () -> 0);
    }

    /** @param focus the page the editor looks at: its spread is drawn first */
    Rebuilder(Path issueDir, Path templates, Path fonts, PageImages images, LargePages large, IntSupplier focus) {
        this.focus = focus;
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
            Pipeline.Loaded l = pipeline.load(issueDir, d);
            ComposedIssue c = pipeline.compose(l, d);
            PdfRenderer renderer = new PdfRenderer(templates, l.design(), l.fonts());
            PdfRenderer.Plan plan = renderer.plan(c, ColourMode.RGB);
            links = FindingLinks.of(c, folder);
            List<String> keys = keys(plan);
            List<PreviewState.PageEntry> entries = PageList.of(c);
            partial.accept(drawn(entries, keys)); // the pages' places, and those already drawn
            int redrawn = draw(renderer, plan, keys, entries, progress, () -> partial.accept(drawn(entries, keys)));
            images.keepOnly(keys);
            prepared = new Prepared(l, c);
            large.source(new LargePages.Source(renderer, plan, keys));
            lastGood = new Outcome(true, c.issue().info().fullTitle(), c.issue().info().id(),
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

    /** The last good build's loaded and composed issue, for the editions (not composed twice); null before one. */
    Prepared prepared() {
        return prepared;
    }

    /** What the editions are made from. */
    record Prepared(Pipeline.Loaded loaded, ComposedIssue composed) {
    }

    /**
     * Each page's key: its fingerprint and the style sheet's (the documents link it, so a change
     * to issue.css changes no document).
     */
    private static List<String> keys(PdfRenderer.Plan plan) {
        long css = plan.css().hashCode() & 0xffffffffL;
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < plan.pages().size(); i++) {
            keys.add(String.format("%08x%08x", plan.fingerprint(i), css));
        }
        return keys;
    }

    /** Renders and draws the pages without an image, a few at a time in viewing order; returns how many. */
    private int draw(PdfRenderer renderer, PdfRenderer.Plan plan, List<String> keys, List<PreviewState.PageEntry> entries,
                     Progress progress, Runnable partial) {
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
        progress.stage("draw");
        int total = missing.size();
        int[] done = {0};
        Future<?> drawing = CompletableFuture.completedFuture(null);
        boolean first = true;
        while (!missing.isEmpty()) {
            // asked again each time: the editor may scroll while the first build draws
            List<Integer> batch = ViewingOrder.next(missing, entries, focus.getAsInt(), first ? 2 : BATCH);
            missing.removeAll(batch);
            first = false;
            byte[] pdf = renderer.render(plan, batch);
            waitFor(drawing); // one batch drawn while the next renders: two cores, and no pile of PDFs
            List<String> batchKeys = batch.stream().map(keys::get).toList();
            drawing = drawer.submit(() -> {
                images.draw(pdf, batchKeys, plan.metrics().bleed(), n -> progress.step(++done[0], total));
                partial.run();
            });
        }
        waitFor(drawing);
        progress.done(Messages.text("stage.draw.done", String.valueOf(total), String.valueOf((int) PageImages.DPI)));
        return total;
    }

    private static void waitFor(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
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
        Map<String, Diagnostic> ids = new HashMap<>();
        for (Diagnostic x : d.sorted()) {
            out.add(links.link(x, false));
            ids.put(FindingLinks.id(x), x);
        }
        out.addAll(links.placeholders());
        d.accepted().forEach(x -> out.add(links.link(x, true)));
        byId = ids;
        return out;
    }

    /** The finding of the last build with this id (a warning the editor may accept), or null. */
    Diagnostic finding(String id) {
        return byId.get(id);
    }
}
