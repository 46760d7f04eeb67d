package org.issuepress.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.issuepress.finish.WriteFailed;
import org.junit.jupiter.api.Test;

/** Pages compared by their fingerprints, and sets frozen whole or not at all. */
class PageChangesTest {

    /** Pages 1… whose look and content are the letters given, one per page. */
    private static List<PagePrint> pages(String looks, String contents) {
        List<PagePrint> l = new ArrayList<>();
        for (int i = 0; i < looks.length(); i++) {
            l.add(new PagePrint(i + 1, String.valueOf(i + 1), PagePrint.signatureOf(i + 1), "L" + looks.charAt(i),
                    "C" + contents.charAt(i)));
        }
        return l;
    }

    @Test
    void theSamePagesChangeNothing() {
        assertTrue(PageChanges.between(pages("abcd", "abcd"), pages("abcd", "abcd")).none());
    }

    @Test
    void aPageThatLooksOtherwiseAtItsPlaceIsChanged() {
        PageChanges c = PageChanges.between(pages("abcd", "abcd"), pages("abxd", "abxd"));
        assertEquals(List.of("3"), c.changed().stream().map(PagePrint::folio).toList());
        assertEquals(List.of(), c.moved());
        assertEquals(List.of(1), c.signatures());
    }

    @Test
    void aRunningHeadChangedIsAChangeNotAMove() {
        // the same content at the same place, painted otherwise around it
        PageChanges c = PageChanges.between(pages("abcd", "abcd"), pages("abxd", "abcd"));
        assertEquals(List.of("3"), c.changed().stream().map(PagePrint::folio).toList());
        assertEquals(List.of(), c.moved());
    }

    @Test
    void pagesPushedOnByANewPageAreMovedNotChanged() {
        // a page added after page 1: the old pages 2 and 3 now stand on 3 and 4, with new folios (new looks)
        PageChanges c = PageChanges.between(pages("abcd", "abcd"), pages("axyzw", "anbcd"));
        assertEquals(List.of("2"), c.changed().stream().map(PagePrint::folio).toList());
        assertEquals(List.of("3<-2", "4<-3", "5<-4"), c.moved().stream().map(m -> m.to().folio() + "<-" + m.from().folio()).toList());
        assertEquals(List.of("2", "3", "4", "5"), c.replated().stream().map(PagePrint::folio).toList());
    }

    @Test
    void pagesBeyondTheNewLastPageAreRemoved() {
        PageChanges c = PageChanges.between(pages("abcd", "abcd"), pages("ab", "ab"));
        assertEquals(List.of("3", "4"), c.removed().stream().map(PagePrint::folio).toList());
    }

    @Test
    void theSignatureIsCountedInSixteens() {
        assertEquals(1, PagePrint.signatureOf(16));
        assertEquals(2, PagePrint.signatureOf(17));
        assertEquals(6, PagePrint.signatureOf(96));
    }

    @Test
    void aSetThatCannotBeWrittenLeavesNothingAndTheEarlierSetsWhole() throws IOException {
        Path out = Files.createTempDirectory("sets-");
        HandoffSets sets = new HandoffSets(out, "x");
        sets.freeze(1, Map.of(SetRecord.FILE, "{\"number\":1}".getBytes(StandardCharsets.UTF_8)));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("a.pdf", new byte[] {1});
        files.put("no-such-folder/b.pdf", new byte[] {2}); // the write fails half-way, as on a full disk
        assertThrows(WriteFailed.class, () -> sets.freeze(2, files));
        try (Stream<Path> s = Files.list(sets.dir())) {
            assertEquals(List.of("01"), s.map(p -> p.getFileName().toString()).toList(), "no half set, no number taken");
        }
        assertEquals("{\"number\":1}", Files.readString(sets.folder(1).resolve(SetRecord.FILE)));
        assertThrows(WriteFailed.class, () -> sets.freeze(1, Map.of("c", new byte[0])), "a frozen set is never written again");
        assertEquals(List.of(SetRecord.FILE), Files.list(sets.folder(1)).map(p -> p.getFileName().toString()).toList());
    }
}
