package org.issuepress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.issuepress.manuscript.ManuscriptFiles;
import org.issuepress.support.TestFonts;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tool as a server, a cron job or a minimal container runs it: under LANG=C and with no
 * LANG at all, `check` and `build` print Chinese text as UTF-8 (no '?'), and take an issue
 * folder and an article file with Chinese names; `import` and `new` take Chinese file names and
 * section titles. Runs the real jar (built here from the
 * compiled classes), so the launcher's build JVM is what is tested.
 */
class AnyLocaleTest {
    private static Path jar;
    private static Path issue;

    @BeforeAll
    static void jarAndIssue() throws IOException, URISyntaxException {
        Path work = Files.createTempDirectory("any-locale-");
        jar = work.resolve("issue-press.jar");
        writeJar(Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()), jar);
        issue = work.resolve("二〇二二年第三期");
        Files.move(TestIssues.minimalWith(null), issue);
        Files.move(issue.resolve("articles/two.txt"), issue.resolve("articles/调研报告.txt"));
        Path yaml = issue.resolve("issue.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("articles/two.txt", "articles/调研报告.txt"));
        // a half-width comma in Chinese text: the warning quotes the Chinese around it
        Files.writeString(issue.resolve("articles/调研报告.txt"), "---\ntitle: 第二篇\nkind: case\n---\n领导,科学地规划。\n");
    }

    @Test
    void checkUnderLangC() throws Exception {
        assertChinese(run(Map.of("LANG", "C"), "check", "--lang", "zh", issue.toString()));
    }

    @Test
    void checkWithoutLang() throws Exception {
        assertChinese(run(Map.of(), "check", "--lang", "zh", issue.toString()));
    }

    @Test
    void aChineseLocaleGivesChineseWithoutTheOption() throws Exception {
        // the locale need not be installed: its name says the language
        String out = run(Map.of("LANG", "zh_CN.UTF-8"), "check", issue.toString());
        assertTrue(out.contains("中文里用了半角逗号"), out);
    }

    @Test
    void buildUnderLangC() throws Exception {
        Path out = Files.createTempDirectory("any-locale-out-");
        String printed = run(Map.of("LANG", "C"), "build", "--lang", "zh", "-o", out.toString(), issue.toString());
        assertChinese(printed);
        assertTrue(printed.contains("生成完毕"), printed);
        String report = Files.readString(out.resolve("test-01/preflight.txt"));
        assertTrue(report.contains("【合格】成品尺寸：210.0 × 285.0 mm") && report.contains("装订：骑马钉"), report); // a thin issue: saddle-stitched
    }

    /** import and new take the launcher's path too (issue #26 item 6): Chinese file names and section titles arrive whole. */
    @Test
    void importUnderLangC() throws Exception {
        assertImports(Map.of("LANG", "C"));
    }

    @Test
    void importWithoutLang() throws Exception {
        assertImports(Map.of());
    }

    @Test
    void importUnderALocaleThatIsNotInstalled() throws Exception {
        assertImports(Map.of("LANG", "de_DE.ISO-8859-1"));
    }

    @Test
    void newUnderLangC() throws Exception {
        Path made = Files.createTempDirectory("any-locale-new-").resolve("2022-04");
        String out = run(Map.of("LANG", "C"), "new", made.toString(), "--from", issue.toString(), "--lang", "zh");
        assertTrue(out.contains("二〇二二年第三期") && out.contains("第二部分 › 分组"), out);
        assertTrue(Files.readString(made.resolve("issue.yaml")).contains("title: 测试期刊"));
        assertFalse(out.contains("?") || out.contains("\uFFFD"), out);
    }

    private static void assertImports(Map<String, String> env) throws Exception {
        Path work = Files.createTempDirectory("any-locale-import-");
        Path into = work.resolve("二〇二二年第四期");
        Files.move(TestIssues.minimalWith(null), into);
        Path docx = ManuscriptFiles.caseStudy(work.resolve("青峰镇.docx"));
        String out = run(env, "import", docx.toString(), "--into", into.toString(), "--section", "第一部分", "--kind", "case", "--lang", "zh");
        assertTrue(out.contains("青峰镇.docx") && out.contains("第一部分"), out);
        assertFalse(out.contains("?") || out.contains("\uFFFD"), "no character lost: " + out);
        Path article;
        try (Stream<Path> all = Files.list(into.resolve("articles"))) {
            article = all.filter(f -> f.toString().endsWith(".txt")).filter(f -> {
                try {
                    return Files.readString(f).contains("title: 测试村的变化");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).findFirst().orElseThrow();
        }
        assertTrue(Files.readString(into.resolve("issue.yaml")).contains("articles/" + article.getFileName()), "listed in its section");
    }

    private static void assertChinese(String out) {
        assertTrue(out.contains("调研报告.txt:5:3: 警告: 中文里用了半角逗号“,”：“领导,科学”"), out);
        assertTrue(out.contains("二〇二二年第三期"), "the folder's name printed as it is: " + out);
        assertFalse(out.contains("?") || out.contains("\uFFFD"), "no character lost: " + out);
    }

    /** Output and error of the jar run with {@code env} instead of the locale variables, read as UTF-8; asserts exit 0. */
    private static String run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(TestFonts.ROOT.toFile()).redirectErrorStream(true);
        Map<String, String> e = pb.environment();
        e.keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE") || k.startsWith("ISSUE_PRESS"));
        e.putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    /** The compiled classes in a jar whose manifest names the dependencies, as the shaded jar holds them. */
    private static void writeJar(Path classes, Path jar) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        StringBuilder cp = new StringBuilder();
        for (String entry : System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                .split(java.io.File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                cp.append(Path.of(entry).toUri()).append(' ');
            }
        }
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, cp.toString().strip());
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, m);
             Stream<Path> all = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
    }
}
