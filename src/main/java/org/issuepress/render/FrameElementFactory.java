package org.issuepress.render;

import java.util.Map;
import org.issuepress.compose.page.Frame;
import org.w3c.dom.Element;
import org.xhtmlrenderer.extend.ReplacedElement;
import org.xhtmlrenderer.extend.ReplacedElementFactory;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.ITextReplacedElementFactory;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.simple.extend.FormSubmissionListener;

/** Gives {@code <x-frame data-id="…">} elements their composed frame; everything else as usual. */
final class FrameElementFactory implements ReplacedElementFactory {
    static final String TAG = "x-frame";
    private final ITextReplacedElementFactory standard;
    private final Map<String, Frame> frames;
    private final FramePainter painter;

    FrameElementFactory(ITextReplacedElementFactory standard, Map<String, Frame> frames, FramePainter painter) {
        this.standard = standard;
        this.frames = frames;
        this.painter = painter;
    }

    @Override
    public ReplacedElement createReplacedElement(LayoutContext c, BlockBox box, UserAgentCallback uac, int cssWidth, int cssHeight) {
        Element e = box.getElement();
        if (e != null && TAG.equals(e.getNodeName())) {
            Frame f = frames.get(e.getAttribute("data-id"));
            if (f == null) {
                throw new IllegalStateException("no frame " + e.getAttribute("data-id"));
            }
            return new FrameElement(f, painter, Math.max(cssWidth, 1), Math.max(cssHeight, 1));
        }
        return standard.createReplacedElement(c, box, uac, cssWidth, cssHeight);
    }

    @Override
    public void reset() {
        standard.reset();
    }

    @Override
    public void remove(Element e) {
        standard.remove(e);
    }

    @Override
    public void setFormSubmissionListener(FormSubmissionListener listener) {
    }
}
