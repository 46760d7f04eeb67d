package org.issuepress.serve;

import org.issuepress.press.Loaded;
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
import org.issuepress.press.Pipeline;
import org.issuepress.press.ProofRate;
import org.issuepress.press.Progress;
import org.issuepress.compose.ComposedIssue;
import org.issuepress.compose.SetArticles;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.EditorErrors;
import org.issuepress.diag.Messages;
import org.issuepress.load.IssueFolder;
import org.issuepress.render.ColourMode;
import org.issuepress.render.PageTemplates;
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
    private final IntSupplier focus;
    private final ExecutorService drawer = Executors.newSingleThreadExecutor(Daemons.named("preview-draw"));
    /** What the last rebuild set and ran, for the next: an edit sets one article and runs the templates of its pages. */
    private final SetArticles set = SetArticles.keeping();
    private final PageTemplates pageTemplates;
    private Outcome lastGood;
    private FindingLinks links;
    private volatile Prepared prepared;
    private volatile Map<String, Diagnostic> byId = Map.of();

    /**
     * @param ok          false: {@code pages} are the last good ones, {@code diagnostics} say why
     * @param diagnostics what load and compose found, in file order
     * @param redrawn     pages rendered and drawn by this rebuild
     * @param proofRate   the 编校差错率 sentence of a good build (check's), null when it failed
     */
    record Outcome(boolean ok, String title, String id, List<PreviewState.PageEntry> pages,
                   List<PreviewState.Finding> findings, List<Diagnostic> diagnostics, int redrawn, String proofRate) {
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
        this.links = FindingLinks.none(issueDir);
        this.pageTemplates = new PageTemplates(templates);
    }

    /**
     * @param progress stages and page counts, for the terminal
     * @param partial  hears the pages drawn so far while the first build draws them
     */
    Outcome rebuild(Progress progress, Consumer<List<PreviewState.PageEntry>> partial) {
        Diagnostics d = new Diagnostics();
        try {
            Pipeline pipeline = new Pipeline(templates, fonts, progress);
            Loaded l = pipeline.load(issueDir, d);
            ComposedIssue c = pipeline.compose(l, d, set);
            PdfRenderer renderer = new PdfRenderer(templates, l.design(), l.fonts(), pageTemplates);
            PdfRenderer.Plan plan = renderer.lazyPlan(c, ColourMode.RGB);
            links = FindingLinks.of(c, issueDir);
            String[] made = new String[plan.pages().size()];
            List<String> keys = java.util.Arrays.asList(made);
            List<PreviewState.PageEntry> entries = PageList.of(c);
            int redrawn = draw(renderer, plan, made, entries, progress, () -> partial.accept(drawn(entries, keys)));
            images.keepOnly(keys);
            prepared = new Prepared(l, c);
            large.source(new LargePages.Source(renderer, plan, keys));
            lastGood = new Outcome(true, c.issue().info().fullTitle(), c.issue().info().id(),
                    drawn(entries, keys), findings(d), d.sorted(), redrawn, ProofRate.sentence(l, ProofRate.of(l, c)).toString());
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
                lastGood == null ? List.of() : lastGood.pages(), findings(d), d.sorted(), 0, null);
    }

    /** The last good build's loaded and composed issue, for the editions (not composed twice); null before one. */
    Prepared prepared() {
        return prepared;
    }

    /** What the editions are made from. */
    record Prepared(Loaded loaded, ComposedIssue composed) {
    }

    /**
     * A page's key: its fingerprint and the style sheet's (the documents link it, so a change
     * to issue.css changes no document).
     */
    private static String key(PdfRenderer.Plan plan, int page) {
        return String.format("%08x%08x", plan.fingerprint(page), plan.css().hashCode() & 0xffffffffL);
    }

    /**
     * Renders and draws the pages without an image, a few at a time in viewing order; returns
     * how many. The spread looked at comes first, before the templates have run for the other
     * pages, whose keys ({@code keys}, null until known) are filled in while it is drawn.
     */
    private int draw(PdfRenderer renderer, PdfRenderer.Plan plan, String[] keys, List<PreviewState.PageEntry> entries,
                     Progress progress, Runnable partial) {
        Set<String> seen = new LinkedHashSet<>();
        List<Integer> first = missing(plan, keys, ViewingOrder.spread(entries, focus.getAsInt()), seen);
        Batches batches = new Batches(renderer, plan, keys, progress, partial);
        if (!first.isEmpty()) {
            // alone: on two cores the other pages' templates would hold it up
            batches.total += first.size();
            waitFor(batches.next(first, CompletableFuture.completedFuture(null)));
        }
        plan.makeAll();
        List<Integer> missing = missing(plan, keys, java.util.stream.IntStream.range(0, keys.length).boxed().toList(), seen);
        partial.run(); // every page's place, those already drawn with their image
        batches.total += missing.size();
        Future<?> drawing = CompletableFuture.completedFuture(null);
        while (!missing.isEmpty()) {
            // asked again each time: the editor may scroll while the first build draws
            List<Integer> batch = ViewingOrder.next(missing, entries, focus.getAsInt(), BATCH);
            missing.removeAll(batch);
            drawing = batches.next(batch, drawing);
        }
        waitFor(drawing);
        if (batches.total > 0) {
            progress.done(Messages.text("stage.draw.done", String.valueOf(batches.total), String.valueOf((int) PageImages.DPI)));
        }
        return batches.total;
    }

    /** Of {@code pages}, those with no image yet and a key not {@code seen} before; their keys filled in. */
    private List<Integer> missing(PdfRenderer.Plan plan, String[] keys, List<Integer> pages, Set<String> seen) {
        List<Integer> out = new ArrayList<>();
        for (int i : pages) {
            keys[i] = key(plan, i);
            if (!images.has(keys[i]) && seen.add(keys[i])) {
                out.add(i);
            }
        }
        return out;
    }

    /** One rebuild's pages rendered and drawn batch by batch, counted for the terminal. */
    private final class Batches {
        private final PdfRenderer renderer;
        private final PdfRenderer.Plan plan;
        private final String[] keys;
        private final Progress progress;
        private final Runnable partial;
        private volatile int total;
        private int done; // on the drawing thread
        private boolean started;

        Batches(PdfRenderer renderer, PdfRenderer.Plan plan, String[] keys, Progress progress, Runnable partial) {
            this.renderer = renderer;
            this.plan = plan;
            this.keys = keys;
            this.progress = progress;
            this.partial = partial;
        }

        /**
         * Renders a batch here and draws it on the drawing thread once the batch {@code before}
         * is drawn: one batch drawn while the next renders (two cores), and no pile of PDFs.
         */
        Future<?> next(List<Integer> batch, Future<?> before) {
            if (!started) {
                progress.stage("draw");
                started = true;
            }
            byte[] pdf = renderer.render(plan, batch);
            waitFor(before);
            List<String> batchKeys = batch.stream().map(i -> keys[i]).toList();
            return drawer.submit(() -> {
                images.draw(pdf, batchKeys, plan.metrics().bleed(), n -> progress.step(++done, total));
                partial.run();
            });
        }
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
            String key = keys.get(i);
            out.add(key != null && images.has(key) ? entries.get(i).drawn(key) : entries.get(i));
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
