package org.issuepress.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.logging.log4j.LogManager;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.Units;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.issuepress.cli.Main;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.EditorErrors;
import org.issuepress.diag.Lang;
import org.issuepress.support.TestFonts;
import org.junit.jupiter.api.Test;

/**
 * Manuscripts as a hostile tester sends them (issue #26 items 3, 4, 8, 9), all made here: a
 * workbook too large for the pages is refused while it is read and the issue folder is left
 * as it was; cells Excel could not work out are named by sheet and cell; a password, an old
 * format or a DOCTYPE is said in the editor's words, never POI's; a linked picture is listed.
 */
class HostileManuscriptsTest {

    @Test
    void aMillionRowSheetIsRefusedWhileItIsReadAndTheIssueIsLeftAsItWas() throws Exception {
        Path issue = ImportTest.freshIssue();
        Path xlsx = Files.createTempDirectory("hostile-xlsx-").resolve("帮扶台账.xlsx");
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            SXSSFSheet sheet = book.createSheet("台账");
            for (int i = 0; i < 1_000_000; i++) {
                sheet.createRow(i).createCell(0).setCellValue(i + 1);
            }
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                book.write(out);
            }
        }
        Map<String, String> before = snapshot(issue);
        List<Diagnostic> errors = refused(xlsx, issue);
        assertEquals(List.of("import-sheet-too-long"), errors.stream().map(Diagnostic::code).toList());
        assertEquals(List.of("台账", "A2001", 2000), errors.get(0).args(), "named by sheet and the first cell past the limit");
        assertEquals(before, snapshot(issue), "no table, article or issue.yaml entry written; no folder made");
    }

    @Test
    void aSheetSixteenThousandColumnsWideIsRefusedWithTheLimit() throws Exception {
        Path issue = ImportTest.freshIssue();
        Path xlsx = Files.createTempDirectory("hostile-xlsx-").resolve("wide.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet("宽表");
            for (int i = 0; i < 3; i++) {
                XSSFRow r = sheet.createRow(i);
                for (int j = 0; j < 16384; j++) {
                    r.createCell(j).setCellValue(j);
                }
            }
            save(book, xlsx);
        }
        Map<String, String> before = snapshot(issue);
        List<Diagnostic> errors = refused(xlsx, issue);
        assertEquals(List.of("import-sheet-too-wide"), errors.stream().map(Diagnostic::code).toList());
        assertEquals(List.of("宽表", "U1", 20), errors.get(0).args());
        assertEquals(before, snapshot(issue));
    }

    @Test
    void formulaCellsTakeTheirSavedResultsAndTheRestAreNamedBySheetAndCell() throws Exception {
        Path dir = Files.createTempDirectory("hostile-xlsx-");
        Path xlsx = dir.resolve("帮扶资金.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet("帮扶资金");
            String[][] rows = {{"村名", "资金"}, {"东村", "12"}, {"西村", "8"}};
            for (int i = 0; i < rows.length; i++) {
                XSSFRow r = sheet.createRow(i);
                r.createCell(0).setCellValue(rows[i][0]);
                if (i == 0) {
                    r.createCell(1).setCellValue(rows[i][1]);
                } else {
                    r.createCell(1).setCellValue(Double.parseDouble(rows[i][1]));
                }
            }
            XSSFRow total = sheet.createRow(3);
            total.createCell(0).setCellValue("合计");
            total.createCell(1).setCellFormula("SUM(B2:B3)");
            book.getCreationHelper().createFormulaEvaluator().evaluateAll(); // as Excel saves: the result with the formula
            save(book, xlsx);
        }
        // Excel saved a result: it is taken, nothing is worked out again
        Path issue = ImportTest.freshIssue();
        Diagnostics d = new Diagnostics();
        Importer.Result r = Importer.run(new Importer.Request(xlsx, issue, "典型案例", null, null), d);
        String table = Files.readString(issue.resolve(r.files().get(1).toString()));
        assertTrue(table.contains("合计") && table.contains("20"), table);

        // an error shown in a cell, and a formula with no saved result that cannot be worked out (POI: "Specified
        // named range 'A99999999' does not exist"): both named, in the editor's words
        Path broken = dir.resolve("帮扶资金2.xlsx");
        rewrite(xlsx, broken, "xl/worksheets/sheet1.xml", xml -> xml
                .replaceFirst("<c r=\"B2\"([^>]*)><v>12(\\.0)?</v></c>", "<c r=\"B2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>")
                .replaceFirst("<f>SUM\\(B2:B3\\)</f><v>[^<]*</v>", "<f>A99999999</f>"));
        Path again = ImportTest.freshIssue();
        Map<String, String> before = snapshot(again);
        List<Diagnostic> errors = refused(broken, again);
        assertEquals(List.of("import-cell-error", "import-formula-unsaved"), errors.stream().map(Diagnostic::code).toList(),
                errors.toString());
        assertEquals(List.of("帮扶资金", "B2", "#DIV/0!"), errors.get(0).args());
        assertEquals(List.of("帮扶资金", "B4", "A99999999"), errors.get(1).args());
        assertTrue(errors.get(1).format().contains("帮扶资金2.xlsx"), "the manuscript is named: " + errors.get(1).format());
        assertFalse(errors.stream().anyMatch(e -> e.format().contains("named range")), "POI's words never reach the editor");
        assertEquals(before, snapshot(again));
    }

    @Test
    void aPasswordProtectedManuscriptIsSaidToBeEncrypted() throws Exception {
        Path dir = Files.createTempDirectory("hostile-docx-");
        Path plain = ManuscriptFiles.caseStudy(dir.resolve("plain.docx"));
        Path locked = dir.resolve("青峰镇（加密）.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("密码123");
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        List<Diagnostic> errors = refused(locked, ImportTest.freshIssue());
        assertEquals(List.of("import-encrypted"), errors.stream().map(Diagnostic::code).toList());
        String zh = errors.get(0).format(Lang.ZH);
        assertTrue(zh.contains("青峰镇（加密）.docx") && zh.contains("密码") && zh.contains("另存"), zh);
        assertFalse(zh.contains("OLE2") || zh.contains("HSSF") || zh.contains("XSSF"), zh);

        Path old = dir.resolve("旧格式.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(old)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "WordDocument");
            fs.writeFilesystem(out);
        }
        assertEquals(List.of("import-old-format"), refused(old, ImportTest.freshIssue()).stream().map(Diagnostic::code).toList());
    }

    @Test
    void aDoctypeInTheContentTypesIsRefusedWithoutALibraryLogOrStackTrace() throws Exception {
        Path dir = Files.createTempDirectory("hostile-docx-");
        Path good = ManuscriptFiles.caseStudy(dir.resolve("good.docx"));
        Path hostile = dir.resolve("青峰镇.docx");
        rewrite(good, hostile, "[Content_Types].xml", xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE Types [<!ENTITY x \"x\">]>"));
        Path issue = ImportTest.freshIssue();
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run("import", hostile.toString(), "--into", issue.toString(), "--section", "典型案例", "--lang", "en",
                    "--templates", TestFonts.ROOT.resolve("templates").toString(), "--fonts", TestFonts.ROOT.resolve("fonts").toString());
        } finally {
            System.setErr(oldErr);
        }
        String printed = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, printed);
        assertTrue(printed.contains("青峰镇.docx: error: cannot read the file as a Word or Excel document"), printed);
        assertFalse(printed.contains("XMLHelper") || printed.contains("Exception") || printed.contains("\tat "), printed);
        // the library's logger is off wherever it prints (it keeps the stream it was made with)
        assertFalse(LogManager.getLogger(XMLHelper.class).isFatalEnabled(), "POI's log is not shown");
        assertFalse(LogManager.getLogger("org.apache.pdfbox").isErrorEnabled(), "PDFBox's neither");
    }

    @Test
    void aLinkedPictureIsListedAtItsLineAndItsCaptionStaysWithIt() throws Exception {
        WordDocs w = new WordDocs(true);
        w.styled("Title", "青峰镇的变化");
        w.paragraph("镇里修了路。");
        XWPFRun run = w.doc.createParagraph().createRun();
        XWPFPicture pic = run.addPicture(new java.io.ByteArrayInputStream(WordDocs.png(40, 30)), PictureType.PNG, "photo.png",
                Units.toEMU(400), Units.toEMU(266));
        String rel = w.doc.getPackagePart().addExternalRelationship("file:///C:/Users/zhao/Pictures/%E6%9D%91%E8%B2%8C.jpg",
                XWPFRelation.IMAGES.getRelation()).getId();
        pic.getCTPicture().getBlipFill().getBlip().setLink(rel);
        pic.getCTPicture().getBlipFill().getBlip().unsetEmbed();
        w.paragraph("□ 新修的村道");
        w.paragraph("村民出行方便了。");
        Path docx = w.save(Files.createTempDirectory("hostile-docx-").resolve("青峰镇.docx"));
        Path issue = ImportTest.freshIssue();
        Diagnostics d = new Diagnostics();
        Importer.Result r = Importer.run(new Importer.Request(docx, issue, "典型案例", null, null), d);
        List<String> lines = Files.readAllLines(r.article());
        int at = lines.indexOf("[图] 新修的村道") + 1;
        assertTrue(at > 0, "a [图] line with its caption, not a paragraph: " + lines);
        Diagnostic note = r.notes().stream().filter(n -> n.key().equals("import-note.picture-linked")).findFirst()
                .orElseThrow(() -> new AssertionError(r.notes().toString()));
        assertEquals(at, note.pos().line(), "listed at its line");
        assertEquals(List.of("C:/Users/zhao/Pictures/村貌.jpg"), note.args());
        assertTrue(Files.readString(r.notesFile()).contains("村貌.jpg"), "and in the import notes");
    }

    /** The import's errors; asserts it was refused. */
    private static List<Diagnostic> refused(Path source, Path issue) {
        Diagnostics d = new Diagnostics();
        assertThrows(EditorErrors.class, () -> Importer.run(new Importer.Request(source, issue, "典型案例", null, null), d));
        return d.all().stream().filter(Diagnostic::isError).toList();
    }

    /** Every file of the folder with its contents' hash, every folder too: what an import must not change when refused. */
    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                out.put(dir.relativize(p).toString(), Files.isDirectory(p) ? "folder" : Integer.toHexString(java.util.Arrays.hashCode(Files.readAllBytes(p))));
            }
        }
        return out;
    }

    private static void save(XSSFWorkbook book, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
    }

    /** A copy of the zip {@code from} with one entry's text changed. */
    private static void rewrite(Path from, Path to, String entry, UnaryOperator<String> change) throws IOException {
        try (ZipFile zip = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream in = zip.getInputStream(e)) {
                    byte[] bytes = in.readAllBytes();
                    if (e.getName().equals(entry)) {
                        String changed = change.apply(new String(bytes, StandardCharsets.UTF_8));
                        assertFalse(changed.equals(new String(bytes, StandardCharsets.UTF_8)), "the hostile change was made in " + entry);
                        bytes = changed.getBytes(StandardCharsets.UTF_8);
                    }
                    out.write(bytes);
                }
                out.closeEntry();
            }
        }
    }
}
