package org.issuepress.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Places named inside the issue folder for the files we hand on, and back for the terminal. */
class SourcePosTest {
    static final Path FOLDER = Path.of("/home/editor/期刊/2021-01");

    @Test
    void aPlaceInsideTheFolderIsNamedFromTheFolderAndBack() {
        SourcePos shown = new SourcePos("/home/editor/期刊/2021-01/articles/012-zhengzhou.txt", 5, 1);
        SourcePos inside = shown.inIssue(FOLDER);
        assertEquals("articles/012-zhengzhou.txt:5:1", inside.toString());
        assertEquals(inside, SourcePos.parse(inside.toString()), "read back from a mark");
        assertEquals(shown, inside.fromIssue(FOLDER));
        assertEquals(SourcePos.file("issue.yaml"), SourcePos.file("/home/editor/期刊/2021-01/issue.yaml").inIssue(FOLDER));
    }

    @Test
    void aFolderTypedRelativeNamesItsFilesTheSame() {
        Path typed = Path.of("issue-data/2021-01");
        SourcePos shown = new SourcePos(SourcePos.displayName(typed.resolve("issue.yaml")), 21, 3);
        assertEquals("issue.yaml:21:3", shown.inIssue(typed).toString());
        assertEquals("issue.yaml:21:3", shown.inIssue(typed.toAbsolutePath()).toString());
        assertEquals(shown, shown.inIssue(typed).fromIssue(typed));
    }

    @Test
    void aFileOutsideTheFolderKeepsItsName() {
        SourcePos design = new SourcePos("/home/editor/templates/design.yaml", 3, 1);
        assertEquals(design, design.inIssue(FOLDER));
        assertEquals(design, design.fromIssue(FOLDER));
        assertEquals(SourcePos.file("/home/editor/期刊/2021-01"), SourcePos.file("/home/editor/期刊/2021-01").inIssue(FOLDER));
    }
}
