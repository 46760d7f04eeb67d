package org.issuepress.serve;

import org.issuepress.handoff.SinceLast;
import org.issuepress.press.Built;
import org.issuepress.press.OutputOwner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.issuepress.press.Pipeline;
import org.issuepress.press.Progress;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Messages;
import org.issuepress.diag.EditorErrors;
import org.issuepress.preflight.Finding;
import org.issuepress.preflight.PreflightFailed;
import org.issuepress.serve.PreviewState.Editions;

/**
 * Builds the print and electronic editions with the normal pipeline (the same files as
 * {@code build}, written the same all-or-nothing way), in the background once the preview is
 * up to date. The editor's next change makes a running build pointless: it stops at its next
 * stage or page, and the preview never waits for it.
 */
final class EditionBuilder implements AutoCloseable {
    private final Path issueDir;
    private final Path templates;
    private final Path fonts;
    private final Path outRoot;
    private final EditionFiles files;
    private final LongSupplier generation;
    private final Consumer<Editions> publish;
    private final Consumer<String> say;
    // the preview comes first (where the system heeds Java's priorities)
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
            Daemons.named("editions", Thread.MIN_PRIORITY));
    private ScheduledFuture<?> next;
    private volatile long built = -1;

    /**
     * @param generation the files' generation now: it grows with every change to them
     * @param publish    hears the editions' status
     * @param say        a line for the terminal
     */
    EditionBuilder(Path issueDir, Path templates, Path fonts, Path outRoot, LongSupplier generation,
                   Consumer<Editions> publish, Consumer<String> say) {
        this.issueDir = issueDir;
        this.templates = templates;
        this.fonts = fonts;
        this.outRoot = outRoot;
        this.files = new EditionFiles(outRoot);
        this.generation = generation;
        this.publish = publish;
        this.say = say;
    }

    /**
     * Builds the editions of generation {@code gen} after {@code delayMillis}, unless that build
     * is already done; {@code issueId} names the output folder (null: as before); made from the
     * preview's composed issue when given (not composed again).
     */
    synchronized void request(long gen, String issueId, long delayMillis, Rebuilder.Prepared prepared) {
        files.id(issueId);
        if (next != null) {
            next.cancel(false);
        }
        next = worker.schedule(() -> build(gen, prepared), delayMillis, TimeUnit.MILLISECONDS);
    }

    /** The files changed: what is on disk no longer matches the pages. */
    void stale(String issueId, String why) {
        files.id(issueId);
        publish.accept(new Editions(Editions.STALE, why, files.list()));
    }

    EditionFiles files() {
        return files;
    }

    private void build(long gen, Rebuilder.Prepared prepared) {
        if (gen != generation.getAsLong() || gen == built) {
            return;
        }
        long start = System.nanoTime();
        Diagnostics d = new Diagnostics();
        try {
            Pipeline pipeline = new Pipeline(templates, fonts, new Watch(gen));
            Built b;
            if (prepared == null) {
                b = pipeline.build(issueDir, outRoot, d);
            } else {
                OutputOwner.check(prepared.loaded().issue(), outRoot, d);
                d.throwIfErrors();
                b = pipeline.build(prepared.loaded(), prepared.composed(), issueDir, outRoot, d, false);
            }
            if (gen == generation.getAsLong()) {
                built = gen;
                String current = Messages.text("serve.editions.current", LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm")));
                publish.accept(new Editions(Editions.CURRENT, current + sinceHandoff(b), files.list()));
            } else {
                publish.accept(new Editions(Editions.STALE, Messages.text("serve.editions.changed-meanwhile"), files.list()));
            }
            say.accept(Messages.text("serve.editions-written", files.folder().toString(),
                    String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9)));
        } catch (Superseded e) {
            publish.accept(new Editions(Editions.STALE, Messages.text("serve.editions.stale"), files.list()));
        } catch (EditorErrors e) {
            // the preview's list shows what check finds; an output folder of another issue only the build does
            e.diagnostics().sorted().forEach(x -> say.accept(x.format()));
            failed(Messages.text("serve.editions.errors", e.diagnostics().errorCount()));
        } catch (PreflightFailed e) {
            e.lines(Finding::isError).forEach(say);
            failed(Messages.text("serve.editions.preflight", e.errors()));
        } catch (IOException e) {
            failed(Messages.text("serve.editions.unwritable", String.valueOf(e.getMessage())));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            say.accept(Messages.text("serve.editions-internal-error", e.toString()));
            failed(Messages.text("serve.editions.internal", e.getClass().getSimpleName()));
        }
    }

    /** The last handoff and the pages changed since, after the editions' own line; nothing before the first handoff. */
    private String sinceHandoff(Built b) {
        String id = b.composed().issue().info().id();
        Path print = b.files().get(org.issuepress.finish.Editions.fileName(id, "print"));
        try {
            return print == null ? "" : SinceLast.line(outRoot, id, Files.readAllBytes(print))
                    .map(line -> Messages.text("serve.handoff.after") + line).orElse("");
        } catch (IOException e) {
            return ""; // the sets cannot be read: the editions' line alone
        }
    }

    private void failed(String why) {
        publish.accept(new Editions(Editions.FAILED, Messages.text("serve.editions.failed", why), files.list()));
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    /** Reports the build's stages on the page, and stops it when the files change. */
    private final class Watch implements Progress {
        private final long gen;
        private String stage = "";
        private long lastPublished;

        Watch(long gen) {
            this.gen = gen;
        }

        @Override
        public void stage(String name) {
            check();
            stage = Messages.has("serve.stage." + name) ? Messages.text("serve.stage." + name) : name;
            publish.accept(new Editions(Editions.BUILDING, Messages.text("serve.editions.building", stage), files.list()));
        }

        @Override
        public void step(int done, int total) {
            check();
            long now = System.nanoTime();
            if (now - lastPublished > 250_000_000L) { // a few updates a second are plenty for a progress line
                lastPublished = now;
                publish.accept(new Editions(Editions.BUILDING,
                        Messages.text("serve.editions.building.count", stage, String.valueOf(done), String.valueOf(total)), files.list()));
            }
        }

        @Override
        public void done(String detail) {
            check();
        }

        private void check() {
            if (gen != generation.getAsLong()) {
                throw new Superseded();
            }
        }
    }

    /** Thrown into the pipeline to stop a build the files have moved past. */
    private static final class Superseded extends RuntimeException {
        Superseded() {
            super("superseded", null, false, false);
        }
    }
}
