package org.issuepress.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.issuepress.diag.Diagnostics;
import org.issuepress.press.Built;
import org.issuepress.press.Pipeline;
import org.issuepress.press.Progress;

/**
 * The minimal issue with every kind of block an article can have: heads of three levels, bold
 * run-in heads, a pull quote, a list, a timeline, a table with grouped columns and a total,
 * a chart, a photo with its file, and a photo and a chart still to supply. Built once.
 */
public final class EveryBlockIssue {
    private static Built built;

    private EveryBlockIssue() {
    }

    public static synchronized Built built() {
        if (built == null) {
            try {
                Path issue = TestIssues.minimalWith(null);
                TestPhotos.write(issue.resolve("images/photo.jpg"), 2400, 1600, 1);
                Path one = issue.resolve("articles/one.txt");
                Files.writeString(one, Files.readString(one)
                        .replace("[图] 一张照片的说明文字", "[图 images/photo.jpg] 一张照片的说明文字\n\n[图] 还没有文件的照片")
                        + "\n### 三级标题\n\n- 第一项\n- 第二项\n\n[图表] 没有数据的图表\n");
                built = new Pipeline(TestFonts.ROOT.resolve("templates"), TestFonts.ROOT.resolve("fonts"), Progress.SILENT)
                        .build(issue, Files.createTempDirectory("every-block-"), new Diagnostics());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return built;
    }
}
