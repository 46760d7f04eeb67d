package org.issuepress.handoff;

import java.util.List;

/**
 * What a frozen set says of itself ({@value #FILE}): its number and when it was handed off, the
 * print file's pages with their fingerprints, the files with their SHA-256, and what changed
 * since the set before (null for the first). The next handoff compares against it; {@code
 * handoff --list} and the preview read it.
 */
public record SetRecord(int number, String issue, String date, int pages, List<JobTicket.SetFile> files,
                        List<PagePrint> prints, Changes changes) {
    public static final String FILE = "handoff.json";

    /** The changes as recorded: folios changed, pages moved (new folio ← old folio), removed, signatures. */
    public record Changes(int since, List<String> changed, List<String> moved, List<String> removed, List<Integer> signatures) {
        static Changes of(int since, PageChanges c) {
            return new Changes(since, c.changed().stream().map(PagePrint::folio).toList(),
                    c.moved().stream().map(m -> m.to().folio() + "<-" + m.from().folio()).toList(),
                    c.removed().stream().map(PagePrint::folio).toList(), c.signatures());
        }

        public boolean none() {
            return changed.isEmpty() && moved.isEmpty() && removed.isEmpty();
        }
    }
}
