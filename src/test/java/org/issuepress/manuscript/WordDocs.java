package org.issuepress.manuscript;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Word and Excel documents made in the tests with POI, as editors receive them. A blank
 * XWPFDocument has no styles at all: the heading styles are made here, with the names Word
 * (or, with {@code chineseNames}, WPS and Chinese Word) gives them.
 */
final class WordDocs {
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    final XWPFDocument doc = new XWPFDocument();
    private int tracked = 1;

    WordDocs(boolean chineseNames) {
        XWPFStyles styles = doc.createStyles();
        style(styles, "Title", chineseNames ? "标题" : "Title");
        style(styles, "Subtitle", chineseNames ? "副标题" : "Subtitle");
        for (int i = 1; i <= 3; i++) {
            // Chinese Word names its heading styles by number ids "1", "2" …
            style(styles, chineseNames ? String.valueOf(i) : "Heading" + i, chineseNames ? "标题 " + i : "heading " + i);
        }
    }

    private static void style(XWPFStyles styles, String id, String name) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        styles.addStyle(new XWPFStyle(ct));
    }

    XWPFParagraph styled(String styleId, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(styleId);
        p.createRun().setText(text);
        return p;
    }

    /** A paragraph whose {@code **…**} parts are bold runs, indented by two full-width spaces as typed. */
    XWPFParagraph paragraph(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.createRun().setText("\u3000\u3000");
        Matcher m = BOLD.matcher(text);
        int at = 0;
        while (m.find()) {
            run(p, text.substring(at, m.start()), false);
            run(p, m.group(1), true);
            at = m.end();
        }
        run(p, text.substring(at), false);
        return p;
    }

    private static void run(XWPFParagraph p, String text, boolean bold) {
        if (!text.isEmpty()) {
            XWPFRun r = p.createRun();
            r.setText(text);
            r.setBold(bold);
        }
    }

    /** A table: the header rows, then the rows; header cells spanning columns are given as {@code text*span}. */
    void table(List<List<String>> header, List<List<String>> rows) {
        int width = rows.get(0).size();
        XWPFTable t = doc.createTable(header.size() + rows.size(), width);
        for (int i = 0; i < header.size(); i++) {
            XWPFTableRow row = t.getRow(i);
            int col = 0;
            for (String cell : header.get(i)) {
                int span = cell.contains("*") ? Integer.parseInt(cell.substring(cell.indexOf('*') + 1)) : 1;
                String text = cell.contains("*") ? cell.substring(0, cell.indexOf('*')) : cell;
                XWPFTableCell c = row.getCell(col);
                CTTcPr pr = c.getCTTc().isSetTcPr() ? c.getCTTc().getTcPr() : c.getCTTc().addNewTcPr();
                if (text.equals("^")) {
                    pr.addNewVMerge().setVal(STMerge.CONTINUE);
                } else {
                    c.setText(text);
                    if (i + 1 < header.size() && header.get(i + 1).size() > col && header.get(i + 1).get(col).equals("^")) {
                        pr.addNewVMerge().setVal(STMerge.RESTART);
                    }
                }
                if (span > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
                    for (int k = 1; k < span; k++) {
                        row.removeCell(col + 1);
                    }
                }
                col++;
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < width; j++) {
                t.getRow(header.size() + i).getCell(j).setText(rows.get(i).get(j));
            }
        }
    }

    /** A picture of camera size (sharp enough for a column), as Word embeds it, then its caption line. */
    void picture(String caption) throws Exception {
        XWPFRun r = doc.createParagraph().createRun();
        r.addPicture(new ByteArrayInputStream(png(1200, 800)), PictureType.PNG, "photo.png", Units.toEMU(400), Units.toEMU(266));
        doc.createParagraph().createRun().setText(caption);
    }

    static byte[] png(int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(90, 140, 60));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(200, 220, 240));
        g.fillRect(0, 0, w, h / 3);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** A comment by {@code author} on the paragraph. */
    void comment(XWPFParagraph p, String author, String text) {
        BigInteger id = BigInteger.valueOf(tracked++);
        XWPFComment c = (doc.getDocComments() == null ? doc.createComments() : doc.getDocComments()).createComment(id);
        c.setAuthor(author);
        c.createParagraph().createRun().setText(text);
        p.getCTP().addNewCommentRangeStart().setId(id);
        p.getCTP().addNewCommentRangeEnd().setId(id);
        p.createRun().getCTR().addNewCommentReference().setId(id);
    }

    /** A tracked insertion (w:ins) and a tracked deletion (w:del) at the end of the paragraph. */
    void tracked(XWPFParagraph p, String inserted, String deleted) {
        CTRunTrackChange ins = p.getCTP().addNewIns();
        ins.setId(BigInteger.valueOf(tracked++));
        ins.setAuthor("审稿人");
        CTR r = ins.addNewR();
        r.addNewT().setStringValue(inserted);
        CTRunTrackChange del = p.getCTP().addNewDel();
        del.setId(BigInteger.valueOf(tracked++));
        del.setAuthor("审稿人");
        del.addNewR().addNewDelText().setStringValue(deleted);
    }

    void footnote(XWPFParagraph p, String text) {
        if (doc.getFootnotes().isEmpty()) {
            doc.createFootnotes();
        }
        XWPFFootnote f = doc.createFootnote();
        f.createParagraph().createRun().setText(text);
        p.addFootnoteReference(f);
    }

    Path save(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
        doc.close();
        return file;
    }

    /** An Excel workbook with one sheet: a title row across the columns, a header row, rows and a 合计 row. */
    static Path workbook(Path file, String title, List<String> header, List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet("Sheet1");
            sheet.createRow(0).createCell(0).setCellValue(title);
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, header.size() - 1));
            XSSFRow h = sheet.createRow(1);
            for (int j = 0; j < header.size(); j++) {
                h.createCell(j).setCellValue(header.get(j));
            }
            for (int i = 0; i < rows.size(); i++) {
                XSSFRow r = sheet.createRow(2 + i);
                for (int j = 0; j < rows.get(i).size(); j++) {
                    Object v = rows.get(i).get(j);
                    if (v instanceof Number n) {
                        r.createCell(j).setCellValue(n.doubleValue());
                    } else if (v.toString().startsWith("=")) {
                        r.createCell(j).setCellFormula(v.toString().substring(1));
                    } else {
                        r.createCell(j).setCellValue(v.toString());
                    }
                }
            }
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        return file;
    }
}
