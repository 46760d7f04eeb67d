package org.issuepress.fonts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.CFFParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.issuepress.support.TestFonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** OpenPDF's subset of a CJK font, reduced to its glyphs: the same glyphs under the same CIDs. */
class CidFontCompactorTest {
    static final String TEXT = "郑州三农　脱贫攻坚 2021年";
    static byte[] subset;
    static Set<Integer> shown = new HashSet<>();

    @BeforeAll
    static void subsetByOpenPdf() throws Exception {
        BaseFont font = BaseFont.createFont(TestFonts.ROOT.resolve("fonts/NotoSerifCJKsc-Regular.otf").toString(),
                BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document doc = new Document();
        PdfWriter writer = PdfWriter.getInstance(doc, pdf);
        doc.open();
        PdfContentByte cb = writer.getDirectContent();
        cb.beginText();
        cb.setFontAndSize(font, 12);
        cb.showTextAligned(PdfContentByte.ALIGN_LEFT, TEXT, 72, 700, 0);
        cb.endText();
        doc.close();
        try (PDDocument d = Loader.loadPDF(pdf.toByteArray())) {
            COSDictionary type0 = d.getPage(0).getResources().getCOSObject().getCOSDictionary(COSName.FONT)
                    .getCOSDictionary(COSName.getPDFName("F1"));
            COSDictionary cid = (COSDictionary) ((COSArray) type0.getDictionaryObject(COSName.DESCENDANT_FONTS)).getObject(0);
            COSStream file = (COSStream) cid.getCOSDictionary(COSName.FONT_DESC).getDictionaryObject(COSName.getPDFName("FontFile3"));
            try (InputStream in = file.createInputStream()) {
                subset = in.readAllBytes();
            }
            collectShown(d);
        }
    }

    /** The CIDs the page shows: two-byte codes of its text strings (Identity-H). */
    static void collectShown(PDDocument d) throws IOException {
        for (Object token : new PDFStreamParser(d.getPage(0)).parse()) {
            if (token instanceof COSString text) {
                byte[] b = text.getBytes();
                for (int i = 0; i + 1 < b.length; i += 2) {
                    shown.add(((b[i] & 0xff) << 8) | (b[i + 1] & 0xff));
                }
            }
        }
        assertEquals(TEXT.length(), shown.size() + 1, "every character once, 2 twice: " + shown);
    }

    static CFFCIDFont parse(byte[] cff) throws IOException {
        return (CFFCIDFont) new CFFParser().parse(new RandomAccessReadBuffer(cff)).get(0);
    }

    @Test
    void onlyTheShownGlyphsAndNotdefRemain() throws IOException {
        CFFCIDFont original = parse(subset);
        byte[] dense = CidFontCompactor.compact(subset, shown);
        assertNotNull(dense);
        CFFCIDFont compact = parse(dense);
        assertTrue(original.getNumCharStrings() > 60000, "OpenPDF keeps every glyph slot: " + original.getNumCharStrings());
        Set<Integer> kept = new java.util.TreeSet<>();
        for (int g = 1; g < compact.getNumCharStrings(); g++) {
            kept.add(compact.getCharset().getCIDForGID(g));
        }
        assertEquals(new java.util.TreeSet<>(shown), kept);
        // what remains: the shown glyphs, the font dicts and, in a subroutinised font, the subroutines
        assertTrue(dense.length < subset.length / 3, dense.length + " of " + subset.length + " bytes");
    }

    @Test
    void eachCidDrawsWhatItDrewBefore() throws IOException {
        CFFCIDFont original = parse(subset);
        CFFCIDFont compact = parse(CidFontCompactor.compact(subset, shown));
        for (int cid : shown) {
            int gid = compact.getCharset().getGIDForCID(cid);
            assertTrue(gid > 0, "CID " + cid + " is in the font");
            assertEquals(outline(original.getType2CharString(cid).getPath()), outline(compact.getType2CharString(cid).getPath()),
                    "CID " + cid);
            assertEquals(original.getType2CharString(cid).getWidth(), compact.getType2CharString(cid).getWidth(), "CID " + cid);
        }
        assertEquals(original.getFontDicts().size(), compact.getFontDicts().size());
        assertEquals(original.getRegistry() + original.getOrdering(), compact.getRegistry() + compact.getOrdering());
    }

    @Test
    void anEmptyGlyphTheDocumentShowsIsKept() throws IOException {
        // the ideographic space draws nothing, just like the glyphs OpenPDF emptied
        CFFCIDFont compact = parse(CidFontCompactor.compact(subset, shown));
        CFFCIDFont original = parse(subset);
        int space = 0;
        for (int cid : shown) {
            if (cid != 1 && outline(original.getType2CharString(cid).getPath()).isEmpty()) {
                space = cid;
            }
        }
        assertTrue(space > 0, "the text has an ideographic space");
        assertTrue(compact.getCharset().getGIDForCID(space) > 0);
        CFFCIDFont withoutUse = parse(CidFontCompactor.compact(subset, Set.of()));
        assertEquals(0, withoutUse.getCharset().getGIDForCID(space), "an empty glyph nobody names is dropped");
    }

    @Test
    void whatIsNotACidKeyedCffIsLeftAlone() {
        assertNull(CidFontCompactor.compact(new byte[] {1, 0, 4, 2, 0, 0}, Set.of()));
        assertNull(CidFontCompactor.compact("not a font".getBytes(), Set.of()));
        assertArrayEquals(CidFontCompactor.compact(subset, shown), CidFontCompactor.compact(subset, shown), "same bytes each time");
    }

    /** The outline's segments and points, subroutines and hints resolved. */
    static String outline(GeneralPath path) {
        StringBuilder b = new StringBuilder();
        float[] c = new float[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            b.append(it.currentSegment(c)).append(java.util.Arrays.toString(c));
        }
        return b.toString();
    }
}
