package org.issuepress.reflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.util.WriterReportImpl;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.issuepress.press.Built;
import org.issuepress.support.EveryBlockIssue;
import org.issuepress.support.SampleIssue;
import org.junit.jupiter.api.Test;

/** W3C EPUBCheck, the reference validator, finds nothing to report in the EPUB edition. */
class EpubCheckTest {

    @Test
    void theSampleIssuesEpubPasses() {
        assertPasses(SampleIssue.built(), "2021-01");
    }

    @Test
    void anIssueWithEveryKindOfBlockPasses() {
        assertPasses(EveryBlockIssue.built(), "test-01");
    }

    static Path epub(Built built, String id) {
        return built.files().get(EpubEdition.fileName(id));
    }

    private static void assertPasses(Built built, String id) {
        StringWriter text = new StringWriter();
        WriterReportImpl report = new WriterReportImpl(new PrintWriter(text), "epub", true);
        new EpubCheck(epub(built, id).toFile(), report).doValidate();
        assertEquals(0, report.getFatalErrorCount() + report.getErrorCount() + report.getWarningCount(), text.toString());
    }
}
