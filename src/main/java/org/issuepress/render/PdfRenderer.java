package org.issuepress.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.issuepress.compose.ComposedIssue;
import org.issuepress.compose.page.Frame;
import org.issuepress.compose.page.ImageFrame;
import org.issuepress.design.Design;
import org.issuepress.fonts.Face;
import org.issuepress.fonts.FontSet;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.ITextReplacedElementFactory;

/**
 * The front door of the render stage: composed issue → templates → Flying Saucer → PDF bytes.
 * Flying Saucer lays out and paints each page from the templates, one page document after
 * the other into one PDF (it paints every positioned element on every page of a document,
 * so one document per page keeps each page's content its own); the composed frames are
 * painted into the same pages by {@link FramePainter}, with the same fonts.
 */
public final class PdfRenderer {
    private final Path templates;
    private final Design design;
    private final FontSet fonts;
    private final PageTemplates pageTemplates;

    public PdfRenderer(Path templates, Design design, FontSet fonts) {
        this(templates, design, fonts, new PageTemplates(templates));
    }

    /** @param pageTemplates the templates as run for earlier plans (the preview's): unchanged pages are not run again */
    public PdfRenderer(Path templates, Design design, FontSet fonts, PageTemplates pageTemplates) {
        this.templates = templates;
        this.design = design;
        this.fonts = fonts;
        this.pageTemplates = pageTemplates;
    }

    /** The page documents Flying Saucer renders, for inspection and tests. */
    public List<String> html(ComposedIssue issue, ColourMode mode) {
        return plan(issue, mode).pages();
    }

    /** Every page, one after the other, into one PDF. */
    public byte[] render(ComposedIssue issue, ColourMode mode) {
        return render(issue, mode, n -> {
        });
    }

    /** Every page into one PDF, telling {@code rendered} how many pages are done after each. */
    public byte[] render(ComposedIssue issue, ColourMode mode, IntConsumer rendered) {
        Plan plan = plan(issue, mode);
        return render(plan, plan.all(), rendered);
    }

    /** The given pages of a plan into one PDF, in the given order. */
    public byte[] render(Plan plan, List<Integer> pages) {
        return render(plan, pages, n -> {
        });
    }

    /**
     * The given pages of a plan into one PDF, in the given order: the preview renders only the
     * pages that changed. {@code rendered} hears the count of pages done after each page; it
     * may throw to abandon the work (a build the editor's next change made pointless).
     */
    public byte[] render(Plan plan, List<Integer> pages, IntConsumer rendered) {
        ContentTags tags = new ContentTags();
        ITextOutputDevice device = new TaggingOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT, tags);
        IssueUserAgent userAgent = new IssueUserAgent(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, plan.css());
        ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT, ITextRenderer.DEFAULT_DOTS_PER_PIXEL,
                device, userAgent);
        renderer.getSharedContext().setCss(new BuildStyles(userAgent));
        for (Face f : fonts.faces().values()) {
            renderer.getFontResolver().addFont(f.baseFont(), f.file().toString(), f.cssFamily());
        }
        FramePainter painter = new FramePainter(plan.metrics(), plan.palette(), new ChartPainter(plan.palette(), design, fonts), tags,
                plan.folder());
        ITextReplacedElementFactory standard = new ITextReplacedElementFactory(renderer.getOutputDevice());
        renderer.getSharedContext().setReplacedElementFactory(new FrameElementFactory(standard, plan.registry(), painter));
        String base = templates.toUri().toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 22);
        int done = 0;
        try (DocumentParser parser = new DocumentParser(plan.pages(), pages)) {
            boolean first = true;
            for (int k = 0; k < pages.size(); k++) {
                renderer.setDocument(document(parser, k), base);
                renderer.layout();
                if (first) {
                    renderer.createPDF(out, false);
                    first = false;
                } else {
                    renderer.writeNextDocument();
                }
                rendered.accept(++done);
            }
            renderer.getWriter().getExtraCatalog().put(ContentTags.CATALOG_KEY, tags.catalogEntry());
            renderer.finishPDF();
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("PDF writing failed: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private org.w3c.dom.Document document(DocumentParser parser, int k) {
        try {
            return parser.document(k);
        } catch (RuntimeException e) {
            throw TemplateErrors.ofPage(e, templates);
        }
    }

    /**
     * Runs the templates over every page and parses what they make, as rendering would, without
     * rendering: what {@code check} does to find a designer's mistake a build would stop at.
     */
    public void checkTemplates(ComposedIssue issue) {
        Plan plan = plan(issue, ColourMode.CMYK);
        try (DocumentParser parser = new DocumentParser(plan.pages(), plan.all())) {
            for (int k = 0; k < plan.pages().size(); k++) {
                document(parser, k);
            }
        }
    }

    /**
     * What rendering a composed issue needs: one XHTML document per page, and the frames its
     * {@code <x-frame>} elements stand for; {@code folder} is the issue's, inside which the marks name their sources.
     */
    public record Plan(List<String> pages, String css, PageMetrics metrics, Palette palette, Map<String, Frame> registry,
                       Path folder) {
        /**
         * A fingerprint of page {@code i}: its document and the content of its frames. A page
         * whose fingerprint did not change renders to the same image; the same content has the
         * same fingerprint in every run.
         */
        public int fingerprint(int i) {
            int h = pages.get(i).hashCode();
            String prefix = "f" + i + "-";
            for (Map.Entry<String, Frame> e : registry.entrySet()) {
                if (e.getKey().startsWith(prefix)) {
                    h = 31 * h + e.getValue().hashCode(); // the same in every run (Chart hashes its type by name)
                    if (e.getValue() instanceof ImageFrame im) {
                        h = 31 * h + stamp(im.image()); // a photo replaced under the same name
                    }
                }
            }
            return h;
        }

        /** Makes the documents of every page not made yet, on the spare cores. */
        public void makeAll() {
            if (pages instanceof PageDocuments docs) {
                docs.makeAll();
            }
        }

        /** Every page's index, in order. */
        public List<Integer> all() {
            return java.util.stream.IntStream.range(0, pages.size()).boxed().toList();
        }

        private static int stamp(Path file) {
            try {
                return java.util.Objects.hash(Files.getLastModifiedTime(file), Files.size(file));
            } catch (IOException e) {
                return 0;
            }
        }
    }

    /** Every page's document made, the templates run on the spare cores. */
    public Plan plan(ComposedIssue issue, ColourMode mode) {
        Plan plan = lazyPlan(issue, mode);
        plan.makeAll();
        return plan;
    }

    /**
     * A plan whose page documents are made when first asked for: the preview renders the
     * spread the editor looks at before the templates have run for the other pages.
     */
    public Plan lazyPlan(ComposedIssue issue, ColourMode mode) {
        PageMetrics metrics = PageMetrics.of(issue.grid(), issue.issue().print().bleed());
        Palette palette = new Palette(design, mode);
        ViewBuilder views = new ViewBuilder(issue, metrics, design);
        List<Views.PageView> pages = views.pages();
        Map<String, Object> vars = new HashMap<>();
        vars.put("issue", issue.issue());
        vars.put("v", CssValues.of(issue.grid(), metrics));
        Map<String, String> colours = new LinkedHashMap<>();
        design.colours().keySet().forEach(k -> colours.put(k, palette.css(k)));
        vars.put("c", colours);
        Map<String, String> families = new LinkedHashMap<>();
        design.fonts().forEach((k, f) -> families.put(k, f.css()));
        vars.put("f", families);
        PageTemplates.Run run;
        try {
            run = pageTemplates.start(vars); // a broken template is the designer's error at its line
        } catch (RuntimeException e) {
            throw TemplateErrors.ofThymeleaf(e, templates);
        }
        return new Plan(new PageDocuments(pages, run, templates), run.css(), metrics, palette, views.registry(), issue.issue().dir());
    }
}
