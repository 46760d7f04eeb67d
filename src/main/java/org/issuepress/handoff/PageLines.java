package org.issuepress.handoff;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of text on one page as the reader sees them, each with the rectangle it covers in
 * the page's own coordinates (origin lower left): what the 核红 proof compares and marks.
 */
final class PageLines {
    /** One line: its text and its box in page space. */
    record Line(String text, float x, float y, float width, float height) {
    }

    private PageLines() {
    }

    static List<Line> of(PDDocument doc, int page) throws IOException {
        PDPage p = doc.getPage(page - 1);
        PDRectangle crop = p.getCropBox();
        List<Line> lines = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (positions.isEmpty() || text.isBlank()) {
                    return;
                }
                float minX = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, top = Float.MAX_VALUE, bottom = -Float.MAX_VALUE;
                for (TextPosition t : positions) {
                    minX = Math.min(minX, t.getXDirAdj());
                    maxX = Math.max(maxX, t.getXDirAdj() + t.getWidthDirAdj());
                    float size = t.getFontSizeInPt() > 0 ? t.getFontSizeInPt() : t.getHeightDir();
                    top = Math.min(top, t.getYDirAdj() - size * 0.88f);
                    bottom = Math.max(bottom, t.getYDirAdj() + size * 0.12f);
                }
                // display space (from the crop box's top left) back to page space
                lines.add(new Line(text.strip(), crop.getLowerLeftX() + minX, crop.getUpperRightY() - bottom,
                        maxX - minX, bottom - top));
            }
        };
        stripper.setSortByPosition(false);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        return lines;
    }

    /**
     * Which lines of each side have no counterpart on the other: the longest common sequence
     * of line texts is the same, the rest changed.
     *
     * @return for each side, per line, whether it changed
     */
    static boolean[][] changed(List<Line> before, List<Line> after) {
        int n = before.size();
        int m = after.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = before.get(i).text().equals(after.get(j).text()) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        boolean[] old = new boolean[n];
        boolean[] now = new boolean[m];
        java.util.Arrays.fill(old, true);
        java.util.Arrays.fill(now, true);
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (before.get(i).text().equals(after.get(j).text())) {
                old[i++] = false;
                now[j++] = false;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return new boolean[][] {old, now};
    }
}
