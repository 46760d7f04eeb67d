package org.issuepress.reflow;

import java.util.List;

/** What the EPUB's templates see (templates/epub/): documents of blocks, blocks of runs. */
public final class EpubViews {
    private EpubViews() {
    }

    /**
     * A piece of text, bold or not, or (with {@code folio}) the place a printed page begins:
     * an empty page-break mark the page list points to.
     */
    public record Run(String text, boolean bold, String folio) {
        public boolean pageBreak() {
            return folio != null;
        }

        public String pageId() {
            return EpubNames.pageId(folio);
        }
    }

    /**
     * One block as the templates set it; {@code kind} picks the template's branch:
     * p, h (level 2–4), quote, list (items), timeline (items), table, chart, photo, placeholder.
     * {@code before} holds the page breaks that fall before the block.
     */
    public record BlockView(String kind, int level, List<Run> runs, List<String> lines, List<Item> items,
                            TableView table, String chart, String image, String caption, String note,
                            List<Run> before, String id) {
    }

    /** A list entry; in a timeline its date as printed and as a machine-readable {@code <time>} value. */
    public record Item(String date, String datetime, List<Run> runs) {
    }

    /**
     * A table: caption, the columns each {@code <colgroup>} spans, header rows, body rows, the
     * total row (合计) apart, and its note.
     */
    public record TableView(String caption, List<Integer> colgroups, List<List<CellView>> head, List<List<CellView>> body,
                            List<CellView> total, String note) {
    }

    /**
     * A cell: {@code scope} is col, colgroup or row for a header cell, null for data;
     * spans of 1 are left out of the markup.
     */
    public record CellView(String text, String scope, int colspan, int rowspan, boolean number) {
        public boolean header() {
            return scope != null;
        }

        public String colspanAttr() {
            return colspan > 1 ? String.valueOf(colspan) : null;
        }

        public String rowspanAttr() {
            return rowspan > 1 ? String.valueOf(rowspan) : null;
        }
    }

    /**
     * One XHTML file of the book: its name, title, what it is (epub:type of its section:
     * cover, foreword, colophon, chapter), heads and blocks, the masthead's lists (null elsewhere),
     * and the page breaks at its start and its end. The cover's subtitle is its image's alt text.
     */
    public record DocView(String file, String title, String subtitle, String type, String section,
                          String part, List<Run> start, List<BlockView> blocks,
                          List<List<org.issuepress.model.Masthead.Entry>> masthead, List<Run> end) {
        public boolean hasSvg() {
            return blocks.stream().anyMatch(b -> b.kind().equals("chart"));
        }
    }

    /**
     * The whole book for the package and navigation documents: its title, the print edition
     * its page list follows, whether it has pictures (photos, charts), its files and reading
     * order, the contents, the printed pages, the page breaks at the contents page, and
     * where the body begins.
     */
    public record Book(String title, String printSource, boolean visual, List<ManifestItem> manifest,
                       List<String> spine, List<NavEntry> toc, List<PageEntry> pages, List<Run> contentsStart,
                       String bodyStart) {
    }

    /** A nav entry with its children (section → part → article). */
    public record NavEntry(String title, String href, List<NavEntry> children) {
    }

    /** A page-list entry: the printed folio and where its page begins. */
    public record PageEntry(String folio, String href) {
    }

    /** A file in the package: its href, media type and properties (nav, svg, cover-image). */
    public record ManifestItem(String id, String href, String mediaType, String properties) {
    }
}
