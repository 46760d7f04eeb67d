package org.issuepress.preflight;

import java.awt.geom.Point2D;
import java.io.IOException;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequenceWithProperties;
import org.apache.pdfbox.contentstream.operator.markedcontent.EndMarkedContentSequence;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Walks a page's content (and the forms it draws) and records what it paints: text with its
 * colour and size, paths with colour and line width, images with their resolution,
 * placeholders, transparency, glyphs the font lacks.
 */
final class PageScanner extends PDFGraphicsStreamEngine {
    static final COSName PLACEHOLDER = COSName.getPDFName("IssuePressPlaceholder");
    private final PageScan scan;
    private final GlyphPresence glyphs;
    private float minX;
    private float minY;
    private float maxX;
    private float maxY;
    private boolean hasPath;
    private Point2D current = new Point2D.Float();
    private StringBuilder run;
    private float runX;
    private float runY;
    private float runSize;
    private PDFont runFont;

    PageScanner(PDPage page, PageScan scan, GlyphPresence glyphs) {
        super(page);
        this.scan = scan;
        this.glyphs = glyphs;
        addOperator(new BeginMarkedContentSequenceWithProperties(this));
        addOperator(new BeginMarkedContentSequence(this));
        addOperator(new EndMarkedContentSequence(this));
    }

    static Paint paint(PDColor c) {
        PDColorSpace cs = c.getColorSpace();
        String name = cs == null ? "DeviceGray" : cs.getName();
        if (cs instanceof PDICCBased icc) {
            name = "ICCBased-" + (icc.getNumberOfComponents() == 3 ? "RGB" : icc.getNumberOfComponents() == 4 ? "CMYK" : "Gray");
        }
        return new Paint(name, c.getComponents());
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        if (PLACEHOLDER.equals(tag) && properties != null) {
            scan.placeholders.add(new PageScan.Placeholder(properties.getString(COSName.getPDFName("What")),
                    properties.getString(COSName.getPDFName("Caption")), properties.getString(COSName.getPDFName("Source"))));
        }
        super.beginMarkedContentSequence(tag, properties);
    }

    @Override
    protected void showText(byte[] string) throws IOException {
        run = new StringBuilder();
        runFont = null;
        super.showText(string);
        if (run.length() > 0) {
            PDGraphicsState gs = getGraphicsState();
            boolean invisible = gs.getTextState().getRenderingMode().toString().equals("NEITHER");
            scan.texts.add(new PageScan.Text(run.toString(), runX, runY, runSize, paint(gs.getNonStrokingColor()),
                    runFont == null ? "?" : runFont.getName(), invisible));
            transparency("text '" + abbreviate(run.toString()) + "'");
        }
        run = null;
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        super.showGlyph(trm, font, code, displacement);
        if (run == null) {
            return;
        }
        if (run.length() == 0) {
            runX = trm.getTranslateX();
            runY = trm.getTranslateY();
            runSize = Math.abs(trm.getScalingFactorY());
            runFont = font;
        }
        String u = font.toUnicode(code);
        run.append(u == null ? "?" : u);
        if (font instanceof PDType0Font t0 && !glyphs.has(t0, code)) {
            scan.missing.add(new PageScan.MissingGlyph(font.getName(), code, run.toString()));
        }
    }

    private void transparency(String what) {
        PDGraphicsState gs = getGraphicsState();
        if (gs.getNonStrokeAlphaConstant() < 1 || gs.getAlphaConstant() < 1 || gs.getSoftMask() != null
                || (gs.getBlendMode() != null && gs.getBlendMode() != BlendMode.NORMAL)) {
            scan.transparency.add(what);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 24 ? s.substring(0, 24) + "…" : s;
    }

    private void point(double x, double y) {
        if (!hasPath) {
            minX = maxX = (float) x;
            minY = maxY = (float) y;
            hasPath = true;
        }
        minX = Math.min(minX, (float) x);
        minY = Math.min(minY, (float) y);
        maxX = Math.max(maxX, (float) x);
        maxY = Math.max(maxY, (float) y);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        point(p0.getX(), p0.getY());
        point(p1.getX(), p1.getY());
        point(p2.getX(), p2.getY());
        point(p3.getX(), p3.getY());
        current = p0;
    }

    @Override
    public void moveTo(float x, float y) {
        point(x, y);
        current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        point(x, y);
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        point(x1, y1);
        point(x2, y2);
        point(x3, y3);
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
    }

    @Override
    public void endPath() {
        hasPath = false;
    }

    @Override
    public void strokePath() {
        shape(true);
    }

    @Override
    public void fillPath(int windingRule) {
        shape(false);
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        shape(false);
        hasPath = true;
        shape(true);
    }

    private void shape(boolean stroke) {
        if (!hasPath) {
            return;
        }
        PDGraphicsState gs = getGraphicsState();
        PDColor c = stroke ? gs.getStrokingColor() : gs.getNonStrokingColor();
        float width = gs.getLineWidth() * (float) Math.sqrt(Math.abs(gs.getCurrentTransformationMatrix().getScalingFactorX()
                * gs.getCurrentTransformationMatrix().getScalingFactorY()));
        PDRectangle box = new PDRectangle(minX, minY, Math.max(maxX - minX, 0.01f), Math.max(maxY - minY, 0.01f));
        scan.shapes.add(new PageScan.Shape(stroke, paint(c), box, width));
        transparency((stroke ? "stroke" : "fill") + " at " + (int) minX + "," + (int) minY);
        hasPath = false;
    }

    @Override
    public void drawImage(PDImage image) throws IOException {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        float w = Math.abs(ctm.getScalingFactorX());
        float h = Math.abs(ctm.getScalingFactorY());
        String cs = image.getColorSpace() == null ? "?" : paint(new PDColor(new float[image.getColorSpace().getNumberOfComponents()],
                image.getColorSpace())).space();
        scan.images.add(new PageScan.Image(image.getWidth(), image.getHeight(), w, h, cs,
                new PDRectangle(ctm.getTranslateX(), ctm.getTranslateY(), w, h)));
        transparency("image " + image.getWidth() + "×" + image.getHeight());
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
        scan.colourSpaces.add("shading " + shadingName.getName());
    }
}
