package org.issuepress.finish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.issuepress.compose.ComposedIssue;
import org.issuepress.compose.page.Page;
import org.issuepress.compose.page.PageKind;
import org.issuepress.design.Design;
import org.issuepress.diag.Phrase;
import org.issuepress.model.BindingStyle;
import org.issuepress.model.PrintSettings;

/**
 * The front door of the finish stage: from the rendered master (every page with bleed:
 * front cover, inside pages, back cover, spine) it makes
 * <ul>
 *   <li>the print edition: inside pages, PDF/X-1a:2001, trim and bleed boxes, crop and
 *       registration marks in a slug outside the bleed;</li>
 *   <li>the cover spread: back cover, spine, front cover on one sheet, also PDF/X-1a;</li>
 *   <li>the electronic edition: every page but the spine and blank pages trimmed, RGB, photos at screen
 *       resolution, bookmarks, links, page labels, metadata, compressed; tagged (PDF/UA-1)
 *       and archival (PDF/A-2u).</li>
 * </ul>
 * All written deterministically: same input, same bytes.
 */
public final class Editions {
    private final ComposedIssue issue;
    private final Design design;
    private final float bleed;
    private final float slug;

    /** The file an edition ({@code print}, {@code cover}, {@code web}) of issue {@code id} is written to. */
    public static String fileName(String id, String edition) {
        return id + "-" + edition + ".pdf";
    }

    public Editions(ComposedIssue issue, Design design) {
        this.issue = issue;
        this.design = design;
        this.bleed = (float) (issue.issue().print().bleed() * Design.PT_PER_MM);
        this.slug = (float) (PrinterMarks.SLUG * Design.PT_PER_MM);
    }

    public byte[] print(byte[] master) {
        try (PDDocument doc = load(master)) {
            StructureTree.take(doc);
            List<Page> pages = issue.pages();
            for (int i = pages.size() - 1; i >= 0; i--) {
                if (!pages.get(i).inside()) {
                    doc.removePage(i);
                }
            }
            for (PDPage page : doc.getPages()) {
                PDRectangle media = page.getMediaBox();
                PDRectangle trim = PageBoxes.trim(media, bleed);
                page.setBleedBox(media);
                page.setTrimBox(trim);
                PDRectangle withSlug = grow(media, slug);
                page.setMediaBox(withSlug);
                page.setCropBox(withSlug);
                marks(doc, page, trim);
            }
            Navigation.folios(doc, pages.stream().filter(Page::inside).mapToInt(Page::folio).findFirst().orElse(1));
            finishPrint(doc, "print");
            return save(doc, CompressParameters.NO_COMPRESSION);
        } catch (IOException e) {
            throw new IllegalStateException("finishing the print edition failed: " + e.getMessage(), e);
        }
    }

    public byte[] web(byte[] master) {
        try (PDDocument doc = load(master)) {
            COSArray content = StructureTree.take(doc);
            List<Page> pages = issue.pages();
            for (int i = pages.size() - 1; i >= 0; i--) {
                if (!onScreen(pages.get(i))) {
                    doc.removePage(i);
                }
            }
            List<Page> shown = pages.stream().filter(Editions::onScreen).toList();
            PageBoxes.trimmed(doc, bleed);
            RgbConversion rgb = new RgbConversion(design, doc);
            ScreenPhotos photos = new ScreenPhotos(doc);
            for (int n = 0; n < shown.size(); n++) {
                PDPage page = doc.getPage(n);
                rgb.convert(page);
                photos.replace(page, shown.get(n));
            }
            float top = doc.getPage(0).getMediaBox().getUpperRightY();
            Navigation navigation = new Navigation(issue, shown);
            navigation.apply(doc, doc.getPage(0).getMediaBox().getLowerLeftX(), top);
            StructureTree.build(issue, doc, content, navigation.links());
            DocumentInfo.apply(doc, issue.issue().info(), "web");
            Archival.apply(doc);
            StableFontNames.apply(doc);
            return save(doc, CompressParameters.DEFAULT_COMPRESSION);
        } catch (IOException e) {
            throw new IllegalStateException("finishing the electronic edition failed: " + e.getMessage(), e);
        }
    }

    /** The e-edition's pages: all but the spine and the blank pages paper needs and a screen does not. */
    public static boolean onScreen(Page p) {
        return p.kind() != PageKind.SPINE && p.kind() != PageKind.BLANK;
    }

    public byte[] cover(byte[] master) {
        try (PDDocument source = load(master); PDDocument doc = new PDDocument()) {
            List<Page> pages = issue.pages();
            int front = indexOf(pages, PageKind.COVER);
            int back = indexOf(pages, PageKind.BACK_COVER);
            int spine = pages.stream().map(Page::kind).toList().indexOf(PageKind.SPINE); // -1: saddle-stitched, no spine
            new CoverSpread(doc, source, bleed).build(back, spine, front);
            PDPage page = doc.getPage(0);
            PDRectangle trim = page.getTrimBox();
            PDRectangle media = page.getMediaBox();
            PDRectangle withSlug = grow(media, slug);
            page.setMediaBox(withSlug);
            page.setCropBox(withSlug);
            float spineWidth = spine < 0 ? 0 : source.getPage(spine).getMediaBox().getWidth() - 2 * bleed;
            float fold1 = trim.getLowerLeftX() + (trim.getWidth() - spineWidth) / 2;
            marks(doc, page, trim, spine < 0 ? new double[] {fold1} : new double[] {fold1, fold1 + spineWidth});
            finishPrint(doc, "cover");
            return save(doc, CompressParameters.NO_COMPRESSION);
        } catch (IOException e) {
            throw new IllegalStateException("finishing the cover spread failed: " + e.getMessage(), e);
        }
    }

    /** What the binder gets: inside pages, their 16-page signatures and the spine. */
    public Binding binding() {
        return binding(issue);
    }

    /** The binding of a composed issue (the same as its editions'). */
    public static Binding binding(ComposedIssue issue) {
        int inside = (int) issue.pages().stream().filter(Page::inside).count();
        int blanks = (int) issue.pages().stream().filter(p -> p.kind() == PageKind.BLANK).count();
        PrintSettings p = issue.issue().print();
        return new Binding(inside, blanks, inside / 16, inside % 16, p.spineWidth(inside), p.paper(), p.caliper(),
                p.bindingFor(inside));
    }

    /**
     * @param rest  pages left after whole 16-page signatures (printed as a smaller signature)
     * @param style perfect bound (with a spine of {@code spineMm}) or saddle-stitched (no spine)
     */
    public record Binding(int insidePages, int blankPages, int signatures, int rest, double spineMm,
                          String paper, double caliperMm, BindingStyle style) {
        /**
         * The signatures in words under {@code key} ("6 个 16 页印张 + 1 个 8 页印张"): an issue of
         * fewer than 16 pages is one small signature, not "0 个 16 页印张 + …".
         */
        public Phrase sheets(String key) {
            if (signatures == 0 && rest > 0) {
                return Phrase.of(key + ".only", String.valueOf(rest));
            }
            return Phrase.of(key, String.valueOf(signatures), rest == 0 ? "" : Phrase.of(key + ".rest", String.valueOf(rest)));
        }
    }

    private void finishPrint(PDDocument doc, String edition) throws IOException {
        DocumentInfo.apply(doc, issue.issue().info(), edition);
        PdfX.declare(doc, issue.issue().print());
        StableFontNames.apply(doc);
    }

    private void marks(PDDocument doc, PDPage page, PDRectangle trim, double... folds) throws IOException {
        try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            PrinterMarks.draw(cs, trim, issue.issue().print().bleed(), folds);
        }
    }

    private static PDRectangle grow(PDRectangle r, float by) {
        return new PDRectangle(r.getLowerLeftX() - by, r.getLowerLeftY() - by, r.getWidth() + 2 * by, r.getHeight() + 2 * by);
    }

    private PDDocument load(byte[] master) throws IOException {
        PDDocument doc = Loader.loadPDF(master);
        if (doc.getNumberOfPages() != issue.pages().size()) {
            doc.close();
            throw new IllegalStateException("rendered " + doc.getNumberOfPages() + " pages for " + issue.pages().size() + " composed pages");
        }
        CompactFonts.apply(doc);
        return doc;
    }

    private static int indexOf(List<Page> pages, PageKind kind) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).kind() == kind) {
                return i;
            }
        }
        throw new IllegalStateException("no " + kind + " page");
    }

    private static byte[] save(PDDocument doc, CompressParameters compression) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 22);
        doc.save(out, compression);
        return out.toByteArray();
    }
}
