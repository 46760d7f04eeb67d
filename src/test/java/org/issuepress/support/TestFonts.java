package org.issuepress.support;

import java.nio.file.Path;
import org.issuepress.design.Design;
import org.issuepress.diag.Diagnostics;
import org.issuepress.fonts.FontSet;
import org.issuepress.load.DesignLoader;

/** The repository's design and fonts, loaded once for all tests. */
public final class TestFonts {
    public static final Path ROOT = Path.of("").toAbsolutePath();
    private static Design design;
    private static FontSet fonts;

    private TestFonts() {
    }

    public static synchronized Design design() {
        if (design == null) {
            design = DesignLoader.load(ROOT.resolve("templates"), new Diagnostics());
        }
        return design;
    }

    public static synchronized FontSet fonts() {
        if (fonts == null) {
            fonts = FontSet.load(design(), ROOT.resolve("fonts"), new Diagnostics());
        }
        return fonts;
    }
}
