package org.issuepress.render;

import com.lowagie.text.pdf.PdfContentByte;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.InlineText;
import org.xhtmlrenderer.render.RenderingContext;

/**
 * Flying Saucer's output device with marked content: the text of an element the templates give
 * a {@code data-tag} (its role, H1 or P) and a {@code data-key} (what it is part of) is real
 * content; everything else Flying Saucer paints is an artifact (see {@link ContentTags}).
 */
final class TaggingOutputDevice extends ITextOutputDevice {
    private final ContentTags tags;

    TaggingOutputDevice(float dotsPerPoint, ContentTags tags) {
        super(dotsPerPoint);
        this.tags = tags;
    }

    @Override
    public void initializePage(PdfContentByte currentPage, float height) {
        super.initializePage(currentPage, height);
        tags.startPage(currentPage);
    }

    @Override
    public void finishPage() {
        tags.finishPage();
        super.finishPage();
    }

    @Override
    public void drawText(RenderingContext c, InlineText inlineText) {
        Element tagged = tagged(inlineText.getParent());
        if (tagged == null || tags.isTagged()) {
            super.drawText(c, inlineText);
            return;
        }
        tags.begin(tagged.getAttribute("data-tag"), tagged.getAttribute("data-key"));
        super.drawText(c, inlineText);
        tags.end();
    }

    private static Element tagged(Box box) {
        Box b = box;
        while (b != null && b.getElement() == null) {
            b = b.getParent();
        }
        for (Node n = b == null ? null : b.getElement(); n instanceof Element e; n = n.getParentNode()) {
            if (e.hasAttribute("data-tag")) {
                return e;
            }
        }
        return null;
    }
}
