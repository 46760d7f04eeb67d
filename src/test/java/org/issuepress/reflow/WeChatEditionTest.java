package org.issuepress.reflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Diagnostics;
import org.issuepress.press.Built;
import org.issuepress.press.Loaded;
import org.issuepress.press.Pipeline;
import org.issuepress.press.Progress;
import org.issuepress.support.EveryBlockIssue;
import org.issuepress.support.SampleIssue;
import org.issuepress.support.TestFonts;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.Test;

/** The WeChat folder: what the WeChat editor keeps, within its limits, and what it is told. */
class WeChatEditionTest {
    private static final Pattern DROPPED = Pattern.compile("<style|<script|\\sclass=|\\sid=|<svg", Pattern.CASE_INSENSITIVE);
    private static final ObjectMapper JSON = new ObjectMapper();

    static Path folder(Built built) {
        return built.files().get("preflight.txt").getParent().resolve(WeChatEdition.FOLDER);
    }

    @Test
    void everyArticleIsOneFileOfInlineStylesWithinTheLimitsAndItsPicturesBeside() throws IOException {
        for (Built built : List.of(SampleIssue.built(), EveryBlockIssue.built())) {
            Path dir = folder(built);
            int articles = (int) built.composed().issue().articles().count();
            List<Path> html;
            try (Stream<Path> files = Files.list(dir)) {
                html = files.filter(f -> f.getFileName().toString().matches("\\d+-.+\\.html")).sorted().toList();
            }
            assertEquals(articles, html.size(), "one file per article in " + dir);
            for (Path f : html) {
                String text = Files.readString(f);
                String pasted = WeChatEdition.body(text);
                assertFalse(DROPPED.matcher(pasted.replaceAll("(?s)<!--.*?-->", "")).find(), f + " has what WeChat drops");
                assertTrue(text.length() <= WeChatEdition.MAX_CHARS, f + ": " + text.length() + " characters");
                assertTrue(Files.size(f) <= WeChatEdition.MAX_BYTES, f + " under 1 MB");
                for (String src : Pattern.compile("src=\"([^\"]+)\"").matcher(text).results().map(m -> m.group(1)).toList()) {
                    Path picture = dir.resolve(src);
                    assertTrue(Files.isRegularFile(picture), f + " shows " + src + ", beside it");
                    assertTrue(Files.size(picture) <= WeChatEdition.MAX_BYTES, src + " under 1 MB");
                    assertTrue(src.endsWith(".png") || src.endsWith(".jpg"), src);
                }
                JsonNode meta = JSON.readTree(dir.resolve(f.getFileName().toString().replace(".html", ".json")).toFile());
                assertTrue(meta.get("title").asText().codePointCount(0, meta.get("title").asText().length()) <= 32);
                assertTrue(meta.get("digest").asText().codePointCount(0, meta.get("digest").asText().length()) <= 128);
                assertEquals(f.getFileName().toString(), meta.get("content").asText());
            }
            String index = Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8);
            assertEquals(articles, Pattern.compile("<button type=\"button\" data-post=").matcher(index).results().count(),
                    "a copy button for each article");
        }
    }

    @Test
    void theSamplesWideTablesAndChartsArePicturesAndItsNarrowTablesTables() throws IOException {
        Path dir = folder(SampleIssue.built());
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertEquals(5, names.stream().filter(n -> n.matches("c\\d+\\.png")).count(), "the sample's five charts " + names);
            assertTrue(names.stream().anyMatch(n -> n.matches("t\\d+\\.png")), "a wide table as a picture " + names);
        }
    }

    @Test
    void aTitleTooLongForWeChatIsShortenedAndCheckSaysSo() throws IOException {
        Path issue = TestIssues.minimalWith(null);
        Path two = issue.resolve("articles/two.txt");
        String title = "第二篇：一个很长很长的标题，长到公众号的标题栏里放不下，只好截短一些再发";
        Files.writeString(two, Files.readString(two).replace("title: 第二篇", "title: " + title));
        Diagnostics d = new Diagnostics();
        Pipeline p = new Pipeline(TestFonts.ROOT.resolve("templates"), TestFonts.ROOT.resolve("fonts"), Progress.SILENT);
        Loaded l = p.load(issue, d);
        p.checkWeChat(l, p.compose(l, d), d);
        List<Diagnostic> found = d.all().stream().filter(x -> x.key().equals("wechat-title")).toList();
        assertEquals(1, found.size(), d.all().toString());
        String shortened = WeChatEdition.shorten(title, 32);
        assertEquals(32, shortened.codePointCount(0, shortened.length()));
        assertTrue(shortened.endsWith("…"));
        assertTrue(found.get(0).args().contains(shortened), found.get(0).args().toString());
    }
}
