package org.issuepress.serve;

import java.util.List;
import org.issuepress.diag.Messages;

/**
 * Everything the open preview page shows, as one immutable snapshot: the page asks for it as
 * JSON and redraws what differs. {@code version} grows with every change, so the page can wait
 * for the next one.
 *
 * @param title    the title, once it has loaded
 * @param status   the last rebuild: still running, good, or broken (its pages are then the last good ones)
 * @param pages    the pages in reading order, each with the version of its image
 * @param findings what {@code check} finds, and the placeholders still to fill, linked to their pages
 * @param editions whether the print and electronic editions match the pages shown
 */
public record PreviewState(long version, String title, Status status, List<PageEntry> pages, List<Finding> findings,
                           Editions editions) {

    public PreviewState {
        pages = List.copyOf(pages);
        findings = List.copyOf(findings);
    }

    static PreviewState initial() {
        return new PreviewState(0, "", new Status(Status.STARTING, Messages.text("serve.starting"), 0, 0, 0, ""), List.of(), List.of(),
                Editions.none());
    }

    PreviewState withVersion(long v) {
        return new PreviewState(v, title, status, pages, findings, editions);
    }

    PreviewState withStatus(Status s) {
        return new PreviewState(version, title, s, pages, findings, editions);
    }

    PreviewState withPages(String newTitle, List<PageEntry> newPages, List<Finding> newFindings) {
        return new PreviewState(version, newTitle, status, newPages, newFindings, editions);
    }

    PreviewState withEditions(Editions e) {
        return new PreviewState(version, title, status, pages, findings, e);
    }

    /**
     * @param phase    {@link #STARTING}, {@link #BUILDING}, {@link #READY} or {@link #BROKEN}
     * @param message  what the page says about it
     * @param millis   how long the last rebuild took
     * @param redrawn  pages drawn again by the last rebuild
     * @param total    pages in the issue
     * @param changed  the files whose change started it
     */
    public record Status(String phase, String message, long millis, int redrawn, int total, String changed) {
        static final String STARTING = "starting";
        static final String BUILDING = "building";
        static final String READY = "ready";
        static final String BROKEN = "broken";
    }

    /**
     * One page: {@code v} names its image ({@code /page/<index>.png?v=<v>}); it changes exactly when
     * the page's content does, and is null while the image is still being drawn.
     *
     * @param label  what the page is called: its folio, or 封面, 封底, 书脊
     * @param title  what is on it: the article's title, 目录, …
     * @param aspect width over height of the trimmed page
     */
    public record PageEntry(int index, String label, String kind, boolean recto, boolean inside, String title, String v,
                            double aspect) {
        PageEntry drawn(String version) {
            return new PageEntry(index, label, kind, recto, inside, title, version, aspect);
        }
    }

    /**
     * @param id       names the finding to the server (to accept it), the same in every build
     * @param severity {@code error}, {@code warning} or {@code placeholder} (a photo or chart still to supply)
     * @param where    {@code file:line:col}
     * @param what     what is wrong — how to fix it
     * @param text     {@code file:line:col: error: what — how to fix}, as the terminal shows it
     * @param pages    the pages it concerns, where known
     * @param spots    where on those pages, where known: outlined when the finding is clicked
     * @param accepted the editors marked it as intended (accepted.yaml): listed apart, not counted
     */
    public record Finding(String id, String severity, String where, String what, String text, List<Integer> pages,
                          List<Spot> spots, boolean accepted) {
        public Finding {
            pages = List.copyOf(pages);
            spots = List.copyOf(spots);
        }
    }

    /** A place on a page, in fractions of the trimmed page's width and height from its top left corner. */
    public record Spot(int page, double x, double y, double w, double h) {
    }

    /**
     * @param phase   {@link #WAITING}, {@link #BUILDING}, {@link #CURRENT}, {@link #STALE} or {@link #FAILED}
     * @param message what the page says about them
     * @param files   the files to download (the last ones written, current or not)
     */
    public record Editions(String phase, String message, List<Download> files) {
        static final String WAITING = "waiting";
        static final String BUILDING = "building";
        static final String CURRENT = "current";
        static final String STALE = "stale";
        static final String FAILED = "failed";
        static Editions none() {
            return new Editions(WAITING, Messages.text("serve.editions.waiting"), List.of());
        }

        public Editions {
            files = List.copyOf(files);
        }
    }

    /** A file to download: {@code url} is {@code /download/<edition>}. */
    public record Download(String edition, String label, String url, long bytes) {
    }
}
