package org.issuepress.finish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.issuepress.diag.Diagnostics;
import org.issuepress.load.DesignLoader;
import org.issuepress.support.PdfOps;
import org.issuepress.support.TestFonts;
import org.issuepress.support.SampleIssue;
import org.junit.jupiter.api.Test;

/** The byte scanner that turns CMYK operators into RGB changes those and nothing else. */
class ColourOperatorRewriterTest {
    /** Made-up conversion that shows which operands it was given. */
    private final ColourOperatorRewriter rewriter = new ColourOperatorRewriter((c, m, y, k) -> new float[] {c, m + y, k / 2});

    private String rewrite(String content) {
        byte[] out = rewriter.rewrite(content.getBytes(StandardCharsets.ISO_8859_1));
        return out == null ? null : new String(out, StandardCharsets.ISO_8859_1);
    }

    @Test
    void colourOperatorsChangeAndTheirNeighboursStay() {
        assertEquals("q 0 0.5 0.5 rg 10 20 m\n0.2 0 1 RG Q", rewrite("q 0 0.25 .25 1 k 10 20 m\n0.2 0 0 2 K Q"));
    }

    @Test
    void aKInsideStringsNamesCommentsAndArraysIsNotAnOperator() {
        String content = "BT /k 12 Tf (0 0 0 1 k) Tj (a\\) 0 0 0 1 k (b) c) Tj <6b> Tj [(k) -20 (K)] TJ ET\n"
                + "% 0 0 0 1 k in a comment\n/K gs 1 2 3 4 5 k";
        assertEquals(content, rewrite(content), "five operands, or operands inside strings, are no colour");
    }

    @Test
    void contentWithAnInlineImageIsLeftToTheFullParser() {
        assertNull(rewrite("q BI /W 1 /H 1 /CS /G /BPC 8 ID k EI Q 0 0 0 1 k"));
    }

    @Test
    void valuesAreWrittenTheSameWayEveryTime() {
        assertEquals("0", ColourOperatorRewriter.format(0f));
        assertEquals("1", ColourOperatorRewriter.format(1f));
        assertEquals("0.706", ColourOperatorRewriter.format(180 / 255f));
        assertEquals("0.05", ColourOperatorRewriter.format(0.05f));
        assertEquals("-0.5", ColourOperatorRewriter.format(-0.5f));
    }

    /** On every page of the sample, the scanner's result reads as the same operators as PDFBox's rewrite. */
    @Test
    void onTheSampleIssueItAgreesWithPdfBoxsParser() throws IOException {
        try (PDDocument doc = SampleIssue.open(SampleIssue.printPdf())) {
            RgbConversion conversion = new RgbConversion(DesignLoader.load(TestFonts.ROOT.resolve("templates"), new Diagnostics()), doc);
            int colours = 0;
            for (PDPage page : doc.getPages()) {
                List<byte[]> streams = new ArrayList<>();
                streams.add(page.getContents().readAllBytes());
                for (PDFormXObject form : PdfOps.forms(page)) {
                    streams.add(form.getContents().readAllBytes());
                }
                for (byte[] content : streams) {
                    byte[] fast = conversion.rewriteBytes(content);
                    byte[] full = conversion.rewriteTokens(content);
                    List<Object> a = new PDFStreamParser(fast).parse();
                    List<Object> b = new PDFStreamParser(full).parse();
                    assertEquals(b.size(), a.size());
                    for (int i = 0; i < a.size(); i++) {
                        if (a.get(i) instanceof COSNumber x && b.get(i) instanceof COSNumber y) {
                            assertEquals(y.floatValue(), x.floatValue(), 0.0006f);
                        } else if (a.get(i) instanceof Operator x && b.get(i) instanceof Operator y) {
                            assertEquals(y.getName(), x.getName());
                            colours += x.getName().equalsIgnoreCase("rg") ? 1 : 0;
                        } else {
                            assertEquals(b.get(i).toString(), a.get(i).toString());
                        }
                    }
                }
            }
            assertTrue(colours > 500, "the sample sets many colours: " + colours);
        }
    }
}
