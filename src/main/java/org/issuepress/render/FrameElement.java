package org.issuepress.render;

import java.awt.Point;
import org.issuepress.compose.page.Frame;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextReplacedElement;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.RenderingContext;

/**
 * The box Flying Saucer lays out for a composed frame. Flying Saucer decides on which page
 * it is painted; what is painted, and exactly where, comes from the composer.
 */
final class FrameElement implements ITextReplacedElement {
    private final Frame frame;
    private final FramePainter painter;
    private final int width;
    private final int height;
    private Point location = new Point(0, 0);

    FrameElement(Frame frame, FramePainter painter, int width, int height) {
        this.frame = frame;
        this.painter = painter;
        this.width = width;
        this.height = height;
    }

    @Override
    public void paint(RenderingContext c, ITextOutputDevice outputDevice, BlockBox box) {
        painter.paint(outputDevice.getCurrentPage(), frame);
    }

    @Override
    public int getIntrinsicWidth() {
        return width;
    }

    @Override
    public int getIntrinsicHeight() {
        return height;
    }

    @Override
    public Point getLocation() {
        return location;
    }

    @Override
    public void setLocation(int x, int y) {
        location = new Point(x, y);
    }

    @Override
    public void detach(LayoutContext c) {
    }

    @Override
    public boolean isRequiresInteractivePaint() {
        return false;
    }

    @Override
    public boolean hasBaseline() {
        return false;
    }

    @Override
    public int getBaseline() {
        return 0;
    }
}
