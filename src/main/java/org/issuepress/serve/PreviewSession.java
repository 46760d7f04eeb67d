package org.issuepress.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.issuepress.press.Progress;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Messages;
import org.issuepress.load.AcceptedFindings;
import org.issuepress.load.IssueFolder;
import org.issuepress.serve.PreviewState.Editions;
import org.issuepress.serve.PreviewState.Status;

/**
 * The live preview of one issue: watches its folder and the templates, rebuilds on every
 * change (one rebuild at a time; changes during one make one more), keeps the state the
 * page shows, and has the editions built once the pages are up to date.
 */
public final class PreviewSession implements AutoCloseable {
    /** Quiet time after a good rebuild before the editions are built: the editor may still be typing. */
    private static final long EDITIONS_DELAY_MILLIS = 3000;
    private final Path issueDir;
    private final Path templates;
    private final Path outRoot;
    private final RebuildReport report;
    private final Terminal terminal;
    private final StateBoard board = new StateBoard();
    private final PreviewCache cache;
    private final PageImages images;
    private final LargePages large = new LargePages();
    private final Rebuilder rebuilder;
    private final EditionBuilder editions;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicBoolean queued = new AtomicBoolean();
    private final Set<Path> changed = new LinkedHashSet<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Daemons.named("preview"));
    private boolean first = true;
    private volatile int viewed;
    private FolderWatcher watcher;

    public PreviewSession(Path issueDir, Path templates, Path fonts, Path outRoot, Terminal terminal) {
        this.issueDir = issueDir.toAbsolutePath().normalize();
        this.templates = templates.toAbsolutePath().normalize();
        this.outRoot = outRoot.toAbsolutePath().normalize();
        this.terminal = terminal;
        this.report = new RebuildReport(terminal);
        this.cache = new PreviewCache(this.outRoot, this.issueDir);
        this.images = new PageImages(cache.images());
        this.viewed = cache.viewed();
        this.rebuilder = new Rebuilder(issueDir, templates, fonts, images, large, () -> viewed);
        this.editions = new EditionBuilder(issueDir, templates, fonts, outRoot, generation::get,
                e -> board.update(s -> s.withEditions(e)), terminal::info);
    }

    /** Starts watching and the first build; returns at once (the page shows the progress). */
    public void start() throws IOException {
        showLastShown();
        watcher = new FolderWatcher(List.of(issueDir, templates), this::ignored, this::changed);
        schedule();
    }

    /**
     * The pages as the last serve of the issue left them, those whose images are kept, at once:
     * the editor sees the page looked at last while the issue is composed (the status says the
     * pages are being checked); pages that changed since are replaced as soon as they are drawn.
     */
    private void showLastShown() {
        PreviewCache.Shown shown = cache.shown();
        if (shown == null) {
            return;
        }
        List<PreviewState.PageEntry> pages = shown.pages().stream()
                .map(p -> p.v() != null && images.has(p.v()) ? p : p.drawn(null)).toList();
        board.update(s -> s.withPages(shown.title(), pages, s.findings())
                .withStatus(new Status(Status.STARTING, Messages.text("serve.status.checking"), 0, 0, pages.size(), "")));
    }

    /** The editor looks at page {@code page}: drawn first while pages are missing, and first shown next time. */
    void viewing(int page) {
        if (page >= 0 && page != viewed) {
            viewed = page;
            cache.viewed(page);
        }
    }

    /**
     * The editor marks a warning as intended: it goes into the issue's accepted.yaml, whose
     * change rebuilds the preview, which then lists it as accepted.
     *
     * @return false when the last build has no such warning
     */
    boolean accept(String id, String why) throws IOException {
        Diagnostic d = rebuilder.finding(id);
        if (d == null || d.isError()) {
            return false;
        }
        AcceptedFindings.accept(issueDir, d, why);
        return true;
    }

    StateBoard board() {
        return board;
    }

    PageImages images() {
        return images;
    }

    LargePages large() {
        return large;
    }

    EditionBuilder editions() {
        return editions;
    }

    /** The editor asked for the editions now. */
    void buildEditions() {
        PreviewState s = board.get();
        if (Status.READY.equals(s.status().phase())) {
            editions.request(generation.get(), null, 0, rebuilder.prepared());
        }
    }

    /**
     * Changes that do not alter the pages: the preview's own page (read fresh on every request),
     * the output when it lies inside a watched folder, and editors' swap and backup files.
     */
    private boolean ignored(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        String name = abs.getFileName() == null ? "" : abs.getFileName().toString();
        return abs.startsWith(templates.resolve("serve")) || abs.startsWith(outRoot)
                || name.startsWith(".") || name.startsWith("#") || name.endsWith("~") || name.endsWith(".swp")
                || name.endsWith(".swx") || name.equals("4913");
    }

    private void changed(Set<Path> paths) {
        synchronized (changed) {
            changed.addAll(paths);
        }
        generation.incrementAndGet();
        schedule();
    }

    private void schedule() {
        if (queued.compareAndSet(false, true)) {
            worker.submit(this::rebuild);
        }
    }

    private void rebuild() {
        queued.set(false);
        long gen = generation.get();
        Set<Path> why;
        synchronized (changed) {
            why = new LinkedHashSet<>(changed);
            changed.clear();
        }
        String names = names(why);
        board.update(s -> s.withStatus(new Status(first ? Status.STARTING : Status.BUILDING,
                Messages.text(first ? "serve.status.composing" : "serve.status.updating"), 0, 0, s.pages().size(), names))
                .withEditions(outdated(s.editions())));
        long start = System.nanoTime();
        Rebuilder.Outcome o = rebuilder.rebuild(first ? terminal : Progress.SILENT,
                partial -> board.update(s -> s.withPages(s.title(), partial, s.findings())));
        long millis = (System.nanoTime() - start) / 1_000_000;
        Status status = o.ok()
                ? new Status(Status.READY, Messages.text("serve.status.ready-proof", o.proofRate()), millis, o.redrawn(), o.pages().size(), names)
                : new Status(Status.BROKEN, Messages.text(o.pages().isEmpty() ? "serve.status.broken-first" : "serve.status.broken",
                        o.errors()), millis, 0, o.pages().size(), names);
        board.update(s -> s.withPages(o.title(), o.pages(), o.findings()).withStatus(status));
        report.report(o, names, millis);
        first = false;
        if (o.ok()) {
            cache.shown(new PreviewCache.Shown(o.title(), o.pages()));
            editions.request(gen, o.id(), EDITIONS_DELAY_MILLIS, rebuilder.prepared());
        } else if (o.id() != null) {
            editions.stale(o.id(), Messages.text("serve.editions.stale-broken"));
        }
    }

    /** Whatever the editions were (current, being built, failed), a change to the files makes them out of date. */
    private static Editions outdated(Editions e) {
        return Editions.WAITING.equals(e.phase()) ? e : new Editions(Editions.STALE, Messages.text("serve.editions.stale"), e.files());
    }

    /** The changed files as the messages name them, at most three. */
    private static String names(Set<Path> paths) {
        List<String> shown = paths.stream().limit(3).map(IssueFolder::displayName).toList();
        return String.join(", ", shown) + (paths.size() > 3 ? " +" + (paths.size() - 3) : "");
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
        worker.shutdownNow();
        editions.close();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
