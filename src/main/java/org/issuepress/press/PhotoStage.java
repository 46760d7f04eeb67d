package org.issuepress.press;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.issuepress.compose.ComposedIssue;
import org.issuepress.compose.page.ImageFrame;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Messages;
import org.issuepress.diag.Phrase;
import org.issuepress.load.PhotoCheck;
import org.issuepress.model.Block;
import org.issuepress.model.Figure;
import org.issuepress.model.Issue;
import org.issuepress.diag.Severity;
import org.issuepress.diag.SourcePos;
import org.issuepress.render.PhotoStore;
import org.issuepress.render.Photos;

/** Every photo's print and screen versions, made on both cores before rendering needs them. */
public final class PhotoStage {
    private final Progress console;

    PhotoStage(Progress console) {
        this.console = console;
    }

    /** How many photos of each kind the issue has, for the print shop's report. */
    public record Count(int separatedFromRgb, int suppliedCmyk, int gray) {
        int total() {
            return separatedFromRgb + suppliedCmyk + gray;
        }

        Phrase note() {
            return Phrase.of("report.photos", String.valueOf(total()), String.valueOf(separatedFromRgb), String.valueOf(suppliedCmyk),
                    String.valueOf(gray));
        }
    }

    Count run(ComposedIssue composed, PhotoStore store, Path issueDir, Diagnostics d) {
        List<ImageFrame> photos = new ArrayList<>(composed.pages().stream().flatMap(p -> p.frames().stream())
                .filter(ImageFrame.class::isInstance).map(ImageFrame.class::cast).toList());
        if (photos.isEmpty()) {
            store.keepOnlyUsed();
            return new Count(0, 0, 0);
        }
        console.stage("photos");
        // largest first, one task each: the cover photo alone takes as long as several others
        photos.sort(Comparator.comparingLong((ImageFrame f) -> f.image().toFile().length()).reversed());
        int[] kinds = new int[Photos.Source.values().length];
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Map<Path, SourcePos> refs = references(composed.issue());
            List<Future<Photos.Source>> made = photos.stream().map(f -> pool.submit(() -> prepare(f, store, issueDir, refs, d))).toList();
            for (Future<Photos.Source> f : made) {
                Photos.Source s = f.get();
                if (s != null) {
                    kinds[s.ordinal()]++;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        d.throwIfErrors();
        store.keepOnlyUsed();
        console.done(Messages.text("stage.photos.done", String.valueOf(photos.size())));
        return new Count(kinds[Photos.Source.SEPARATED_FROM_RGB.ordinal()], kinds[Photos.Source.SUPPLIED_CMYK.ordinal()],
                kinds[Photos.Source.GRAY.ordinal()]);
    }

    /**
     * The check before the build read only the photo's header (and the end of the file): a file
     * damaged further in, or of a kind the converter cannot take (16-bit CMYK, alpha in CMYK),
     * fails here, and is the editor's to fix, reported at the line that refers to the photo.
     *
     * @return what the photo is, or null when it was reported as unreadable
     */
    private static Photos.Source prepare(ImageFrame f, PhotoStore store, Path issueDir, Map<Path, SourcePos> refs, Diagnostics d) {
        String name = issueDir.toAbsolutePath().relativize(f.image().toAbsolutePath()).toString().replace('\\', '/');
        SourcePos at = refs.getOrDefault(f.image().toAbsolutePath().normalize(), SourcePos.file(name));
        try {
            return Photos.prepare(f.image(), f.box(), store);
        } catch (RuntimeException e) {
            report(e, name, at, d);
            return null;
        }
    }

    /** Why a photo could not be prepared, in the editor's terms: too large is not damaged, cut short is not unreadable. */
    public static void report(RuntimeException e, String name, SourcePos at, Diagnostics d) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (e instanceof Photos.TooLarge big) {
            d.report(Severity.ERROR, "image-too-large-to-process", at, name, String.valueOf(big.width()), String.valueOf(big.height()),
                    String.valueOf(big.megabytes()), String.valueOf(PhotoCheck.needed(PhotoCheck.WIDE_PT, PhotoCheck.GOOD_PPI)));
        } else if (cause instanceof Photos.CutShort) {
            d.report(Severity.ERROR, "image-cut-short", at, name);
        } else {
            d.report(Severity.ERROR, "image-unreadable.decode", at, cause.getMessage());
        }
    }

    /** Each photo file and the line that first refers to it: a [图 …] line, or the cover in issue.yaml. */
    private static Map<Path, SourcePos> references(Issue issue) {
        Map<Path, SourcePos> refs = new HashMap<>();
        List<Block> blocks = new ArrayList<>();
        if (issue.foreword() != null) {
            blocks.addAll(issue.foreword().blocks());
        }
        issue.articles().forEach(a -> blocks.addAll(a.blocks()));
        for (Block b : blocks) {
            if (b instanceof Figure fig && fig.image() != null) {
                refs.putIfAbsent(fig.image().toAbsolutePath().normalize(), fig.pos());
            }
        }
        if (issue.cover() != null && issue.cover().photo() != null) {
            refs.putIfAbsent(issue.cover().photo().toAbsolutePath().normalize(), issue.cover().pos());
        }
        return refs;
    }
}
