package org.issuepress.finish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.issuepress.compose.page.ImageFrame;
import org.issuepress.diag.Diagnostics;
import org.issuepress.model.Crop;
import org.issuepress.press.Built;
import org.issuepress.press.Pipeline;
import org.issuepress.press.Progress;
import org.issuepress.support.TestFonts;
import org.issuepress.support.TestIssues;
import org.issuepress.support.TestPhotos;
import org.junit.jupiter.api.Test;

/**
 * A photo's frame takes the photo's proportion as it stands (a portrait phone photo stored
 * landscape with orientation 6 gets a portrait frame), within design.yaml's photos limits
 * (column 0.5–1.34); the [图] line's 裁= says which part a frame beyond them keeps.
 */
class PhotoFramesTest {
    @Test
    void framesFollowTheirPhotosWithinTheDesignsLimits() throws IOException {
        Path issue = TestIssues.minimalWith(null);
        TestPhotos.writeTurned(issue.resolve("images/phone.jpg"), TestPhotos.quarters(1500, 2000), 6);
        TestPhotos.write(issue.resolve("images/panorama.jpg"), 3600, 1200, 1);
        TestPhotos.writeTurned(issue.resolve("images/tower.jpg"), new BufferedImage(1200, 3000, BufferedImage.TYPE_INT_RGB), 1);
        Path article = issue.resolve("articles/one.txt");
        Files.writeString(article, Files.readString(article).replace("[图] 一张照片的说明文字",
                "[图 images/phone.jpg] 竖拍\n\n正文一段。\n\n[图 images/panorama.jpg] 全景\n\n正文一段。\n\n[图 images/tower.jpg 裁=上] 塔"));
        Diagnostics d = new Diagnostics();
        Built built = new Pipeline(TestFonts.ROOT.resolve("templates"), TestFonts.ROOT.resolve("fonts"), Progress.SILENT)
                .build(issue, Files.createTempDirectory("out-"), d);
        assertEquals(List.of(), d.all().stream().filter(x -> x.isError()).toList());
        Map<String, String> frames = new TreeMap<>();
        for (var page : built.composed().pages()) {
            for (var f : page.frames()) {
                if (f instanceof ImageFrame im) {
                    frames.put(im.image().getFileName().toString(),
                            String.format(java.util.Locale.ROOT, "%.2f %s", im.box().h() / im.box().w(), im.crop()));
                }
            }
        }
        assertEquals(Map.of("phone.jpg", "1.33 MIDDLE", "panorama.jpg", "0.50 MIDDLE", "tower.jpg", "1.34 " + Crop.TOP), frames);
    }

    /** 改造前 and 改造后, one [图] line after the other: side by side in one row of the column, in the copy's order, one height. */
    @Test
    void twoPhotosInARowOfTheCopyStandSideBySide() throws IOException {
        Path issue = TestIssues.minimalWith(null);
        TestPhotos.write(issue.resolve("images/before.jpg"), 1600, 1200, 1);
        TestPhotos.write(issue.resolve("images/after.jpg"), 1600, 1200, 2);
        Path article = issue.resolve("articles/one.txt");
        Files.writeString(article, Files.readString(article).replace("[图] 一张照片的说明文字",
                "[图 images/before.jpg] 改造前\n\n[图 images/after.jpg] 改造后"));
        Diagnostics d = new Diagnostics();
        Built built = new Pipeline(TestFonts.ROOT.resolve("templates"), TestFonts.ROOT.resolve("fonts"), Progress.SILENT)
                .build(issue, Files.createTempDirectory("out-"), d);
        assertEquals(List.of(), d.all().stream().filter(x -> x.isError()).toList());
        List<ImageFrame> photos = built.composed().pages().stream().flatMap(p -> p.frames().stream())
                .filter(ImageFrame.class::isInstance).map(ImageFrame.class::cast).toList();
        assertEquals(2, photos.size(), photos.toString());
        ImageFrame before = photos.get(0).image().endsWith("before.jpg") ? photos.get(0) : photos.get(1);
        ImageFrame after = before == photos.get(0) ? photos.get(1) : photos.get(0);
        assertEquals(before.box().y(), after.box().y(), 0.01, "one row");
        assertEquals(before.box().h(), after.box().h(), 0.01, "one height");
        org.junit.jupiter.api.Assertions.assertTrue(before.box().x() + before.box().w() < after.box().x(), "改造前 left of 改造后: " + photos);
    }
}
