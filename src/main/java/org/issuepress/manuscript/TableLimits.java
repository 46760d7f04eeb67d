package org.issuepress.manuscript;

/**
 * The largest table import writes: what the pages can hold, checked while the
 * manuscript is read (an Excel sheet is streamed, never opened whole) and before anything is
 * written. A table file over the loader's 8 MB would not load again.
 */
final class TableLimits {
    /**
     * The text block is 48 × 10.5 pt = 504 pt wide; a column needs two 8 pt characters and
     * its padding (about 24 pt): twenty columns already set one-character words.
     */
    static final int MAX_COLUMNS = 20;
    /** About 55 rows fit a page: 2000 rows are 36 pages, a third of the sample issue. */
    static final int MAX_ROWS = 2000;
    /** Cells with something in them, over all the tables of one manuscript. */
    static final int MAX_CELLS = 20_000;
    /** Characters in all cells together: their YAML must stay well under the loader's 8 MB per file. */
    static final long MAX_CHARS = 2L * 1024 * 1024;

    private TableLimits() {
    }
}
