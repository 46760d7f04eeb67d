package org.issuepress.support;

import org.issuepress.press.Built;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.issuepress.press.Pipeline;
import org.issuepress.press.Progress;
import org.issuepress.diag.Diagnostics;

/** The sample issue built once per test run, with its pages' extracted text. */
public final class SampleIssue {
    public static final Path DIR = TestFonts.ROOT.resolve("issue-data/2021-01");
    /** The text dump of the printed issue the sample issue was transcribed from (a copy of shared/seed). */
    public static final Path SEED = TestFonts.ROOT.resolve("src/test/resources/seed/zzsn-2021-01-seed.txt");
    private static Built built;
    private static byte[] print;
    private static byte[] web;
    private static byte[] cover;
    private static List<String> pageTexts;

    private SampleIssue() {
    }

    public static synchronized Built built() {
        if (built == null) {
            try {
                Path out = Files.createTempDirectory("sample-build");
                Pipeline p = new Pipeline(TestFonts.ROOT.resolve("templates"), TestFonts.ROOT.resolve("fonts"), Progress.SILENT);
                built = p.build(DIR, out, new Diagnostics());
                print = file("print");
                web = file("web");
                cover = file("cover");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return built;
    }

    private static byte[] file(String edition) throws IOException {
        return Files.readAllBytes(built.files().values().stream()
                .filter(f -> f.getFileName().toString().endsWith("-" + edition + ".pdf")).findFirst().orElseThrow());
    }

    /** The print edition: inside pages only, PDF/X-1a, with bleed and marks. */
    public static synchronized byte[] printPdf() {
        built();
        return print;
    }

    /** The electronic edition: every page a reader sees, cover to back cover. */
    public static synchronized byte[] webPdf() {
        built();
        return web;
    }

    public static synchronized byte[] coverPdf() {
        built();
        return cover;
    }

    public static PDDocument open(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The electronic edition, whose pages are the composed pages but the spine, in order. */
    public static PDDocument open() {
        return open(webPdf());
    }

    /** The text of each page of the electronic edition as a reader's copy would give it, in content order. */
    public static synchronized List<String> pageTexts() {
        if (pageTexts == null) {
            try (PDDocument doc = open()) {
                List<String> texts = new ArrayList<>();
                PDFTextStripper s = new PDFTextStripper();
                for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                    s.setStartPage(i);
                    s.setEndPage(i);
                    texts.add(s.getText(doc));
                }
                pageTexts = texts;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pageTexts;
    }

    public static String seed() {
        try {
            return Files.readString(SEED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
