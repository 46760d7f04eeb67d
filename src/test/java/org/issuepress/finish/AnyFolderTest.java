package org.issuepress.finish;

import org.issuepress.press.Built;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.issuepress.press.Pipeline;
import org.issuepress.press.Progress;
import org.issuepress.diag.Diagnostics;
import org.issuepress.load.IssueFolder;
import org.issuepress.preflight.Finding;
import org.issuepress.preflight.PreflightFailed;
import org.issuepress.support.TestFonts;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same issue built from two folders, and once by a relative path, gives the same bytes:
 * nothing we hand on names the folder the editor keeps the issue in. Places inside the issue
 * (a placeholder's source in its mark, the preflight report) are named inside the issue folder.
 */
class AnyFolderTest {
    static final List<String> EDITIONS = List.of("test-01-print.pdf", "test-01-cover.pdf", "test-01-web.pdf");
    static Path first;
    static Path second;
    static Path inside;
    static Built a;
    static Built b;
    static Built relative;

    static Pipeline pipeline() {
        return new Pipeline(TestFonts.ROOT.resolve("templates"), TestFonts.ROOT.resolve("fonts"), Progress.SILENT);
    }

    @BeforeAll
    static void build() throws IOException {
        Path issue = TestIssues.minimalWith(null);
        first = TestIssues.copyOf(issue);
        second = TestIssues.copyOf(issue);
        a = pipeline().build(first, Files.createTempDirectory("out-"), new Diagnostics());
        b = pipeline().build(second, Files.createTempDirectory("out-"), new Diagnostics());
        // inside the working directory, typed as 'target/issue-…': messages name its files relative to it
        Path target = Files.createDirectories(Path.of("target"));
        inside = TestIssues.copyOf(issue, Files.createTempDirectory(target, "issue-"));
        relative = pipeline().build(Path.of("").toAbsolutePath().relativize(inside.toAbsolutePath()),
                Files.createTempDirectory("out-"), new Diagnostics());
    }

    @AfterAll
    static void removeTheCopyInTarget() throws IOException {
        if (inside != null) {
            try (java.util.stream.Stream<Path> files = Files.walk(inside)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    void theEditionsAreTheSameFromAnyFolder() throws IOException {
        for (String name : EDITIONS) {
            byte[] bytes = Files.readAllBytes(a.files().get(name));
            assertArrayEquals(bytes, Files.readAllBytes(b.files().get(name)), name + " from another folder");
            assertArrayEquals(bytes, Files.readAllBytes(relative.files().get(name)), name + " by a relative path");
        }
    }

    @Test
    void noFileWeHandOnNamesTheIssueFolder() throws IOException {
        for (Map.Entry<Path, Built> e : Map.of(first, a, second, b, inside, relative).entrySet()) {
            Path folder = e.getKey();
            Built built = e.getValue();
            String name = folder.getFileName().toString();
            for (String edition : EDITIONS) {
                byte[] pdf = Files.readAllBytes(built.files().get(edition));
                assertFalse(new String(pdf, StandardCharsets.ISO_8859_1).contains(name), edition + " names " + folder);
                try (PDDocument doc = Loader.loadPDF(pdf)) {
                    List<String> found = new ArrayList<>();
                    for (String s : strings(doc)) {
                        int at = s.indexOf(name);
                        if (at >= 0) {
                            found.add(s.substring(Math.max(0, at - 40), Math.min(s.length(), at + 80)));
                        }
                    }
                    assertEquals(List.of(), found, edition + ": strings naming " + folder);
                }
            }
            for (String report : List.of("preflight.json", "preflight.txt")) {
                assertFalse(Files.readString(built.files().get(report)).contains(name), report + " names " + folder);
            }
        }
    }

    @Test
    void thePlaceholdersMarkNamesItsFileInsideTheIssue() throws IOException {
        try (PDDocument doc = Loader.loadPDF(a.files().get("test-01-print.pdf").toFile())) {
            assertTrue(strings(doc).contains("articles/one.txt:16:1"), "the mark's /Source");
        }
    }

    @Test
    void thePreflightReportNamesThePlaceholdersFileInsideTheIssue() throws IOException {
        Finding placeholder = a.preflight().get(0).findings().stream().filter(f -> f.code().equals("placeholder"))
                .filter(f -> f.source().file().startsWith("articles/")).findFirst().orElseThrow();
        assertEquals("articles/one.txt:16:1", placeholder.source().toString());
        assertTrue(Files.readString(a.files().get("preflight.json")).contains("\"source\" : \"articles/one.txt:16:1\""));
        assertTrue(Files.readString(a.files().get("preflight.txt")).contains("(articles/one.txt:16:1)"));
    }

    /** The terminal names files as every message does: the editor finds them from where they typed. */
    @Test
    void theTerminalNamesThePlaceholdersFileAsMessagesDo() {
        PreflightFailed failed = assertThrows(PreflightFailed.class,
                () -> pipeline().build(second, Files.createTempDirectory("out-"), new Diagnostics(), true));
        String shown = IssueFolder.displayName(second.resolve("articles/one.txt")) + ":16:1";
        assertTrue(failed.lines(f -> true).anyMatch(l -> l.endsWith("(" + shown + ")")), shown);
    }

    /** Every string and name in the file: objects, content streams (page and form), other streams' text. */
    static List<String> strings(PDDocument doc) throws IOException {
        List<String> out = new ArrayList<>();
        walk(doc.getDocument().getTrailer(), out, new IdentityHashMap<>());
        for (PDPage page : doc.getPages()) {
            try (InputStream in = page.getContents()) {
                tokens(new PDFStreamParser(in.readAllBytes()).parse(), out);
            }
        }
        return out;
    }

    private static void walk(COSBase o, List<String> out, Map<COSBase, Boolean> seen) throws IOException {
        COSBase x = o instanceof COSObject ref ? ref.getObject() : o;
        if (x == null || seen.put(x, true) != null) {
            return;
        }
        if (x instanceof COSString s) {
            out.add(s.getString());
        } else if (x instanceof COSName n) {
            out.add(n.getName());
        } else if (x instanceof COSArray arr) {
            for (COSBase e : arr) {
                walk(e, out, seen);
            }
        } else if (x instanceof COSDictionary d) {
            for (Map.Entry<COSName, COSBase> e : d.entrySet()) {
                walk(e.getValue(), out, seen);
            }
            if (x instanceof COSStream s) {
                byte[] data;
                try (InputStream in = s.createInputStream()) {
                    data = in.readAllBytes();
                }
                out.add(new String(data, StandardCharsets.ISO_8859_1));
                out.add(new String(data, StandardCharsets.UTF_16BE));
                if (COSName.FORM.equals(s.getCOSName(COSName.SUBTYPE))) {
                    tokens(new PDFStreamParser(data).parse(), out);
                }
            }
        }
    }

    private static void tokens(List<Object> tokens, List<String> out) throws IOException {
        for (Object t : tokens) {
            if (t instanceof COSBase c) {
                walk(c, out, new IdentityHashMap<>());
            }
        }
    }
}
