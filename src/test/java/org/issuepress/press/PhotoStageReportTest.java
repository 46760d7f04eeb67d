package org.issuepress.press;

import org.issuepress.press.PhotoStage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.SourcePos;
import org.issuepress.render.Photos;
import org.junit.jupiter.api.Test;

/** Why a photo could not be prepared, as the editor reads it (the memory itself is DamagedPhotosTest's). */
class PhotoStageReportTest {

    @Test
    void runningOutOfMemoryIsTooLargeToProcessWithItsSizeNotDamage() {
        Diagnostics d = new Diagnostics();
        PhotoStage.report(new Photos.TooLarge(14_000, 14_000), "images/huge.png", new SourcePos("articles/one.txt", 16, 1), d);
        Diagnostic found = d.all().get(0);
        assertEquals("image-too-large-to-process", found.code());
        assertEquals("articles/one.txt:16:1: error: 'images/huge.png' is 14000 × 14000 pixels (560 MB when opened): "
                + "too large to process in the memory available; the file is not damaged — save it at the size it is printed "
                + "(2100 pixels across are enough for 通栏 at 300 ppi), or build on a computer with more memory", found.format());
        assertTrue(!found.format().contains("Exception"), found.format());
    }
}
