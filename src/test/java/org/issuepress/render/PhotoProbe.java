package org.issuepress.render;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.issuepress.compose.page.Box;

/**
 * Prepares one photo in a JVM of its own, so a test can give it a small heap: prints
 * {@code ok W×H} (the print version's pixels), {@code too-large W×H}, or {@code unreadable}.
 */
public final class PhotoProbe {
    private PhotoProbe() {
    }

    public static void main(String[] args) throws Exception {
        Box box = new Box(0, 0, Double.parseDouble(args[1]), Double.parseDouble(args[2]));
        try {
            int[] px = PhotosTest.jpeg(Photos.forPrint(Path.of(args[0]), box));
            System.out.println("ok " + px[0] + "×" + px[1]);
        } catch (Photos.TooLarge e) {
            System.out.println("too-large " + e.width() + "×" + e.height());
        } catch (UncheckedIOException e) {
            System.out.println("unreadable " + e.getCause());
        }
    }
}
