package org.issuepress.reflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.issuepress.compose.ComposedIssue;
import org.issuepress.compose.page.Box;
import org.issuepress.compose.page.StructKeys;
import org.issuepress.design.Design;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Lang;
import org.issuepress.diag.Severity;
import org.issuepress.fonts.FontSet;
import org.issuepress.model.Article;
import org.issuepress.model.Block;
import org.issuepress.model.Paragraph;
import org.issuepress.reflow.EpubViews.DocView;
import org.issuepress.render.Photos;

/**
 * The articles ready for the WeChat 公众号 ({@code wechat/}): one HTML file per article that
 * pastes into the WeChat editor as it is — inline {@code style} attributes only, since the
 * editor drops {@code <style>}, {@code <script>}, {@code class} and {@code id} — with its
 * pictures beside it (charts and wide tables as PNG, photos as JPEG), a JSON file with the
 * title (≤ 32 characters) and digest (≤ 128) the account asks for, and {@code index.html}
 * listing them with a copy button each.
 */
public final class WeChatEdition {
    public static final String FOLDER = "wechat/";
    static final int MAX_TITLE = 32;
    static final int MAX_DIGEST = 128;
    static final int MAX_CHARS = 20_000;
    static final int MAX_BYTES = 1 << 20;
    /** Standards mode in the browser; not in the templates, which are checked as XML without one. */
    private static final String DOCTYPE = "<!DOCTYPE html>\n";

    /** One article as sent: its files' names, title and digest as the account gets them, and its size. */
    public record Post(Article article, String html, String json, String title, String digest, int chars, int bytes) {
    }

    private final Path templates;
    private final Design design;
    private final FontSet fonts;

    public WeChatEdition(Path templates, Design design, FontSet fonts) {
        this.templates = templates;
        this.design = design;
        this.fonts = fonts;
    }

    /**
     * The folder's files, by name under the output folder ({@code wechat/…}); what breaks a
     * limit of the WeChat editor goes to {@code d} as {@link #check} finds it.
     */
    public Map<String, byte[]> make(ComposedIssue composed, Diagnostics d) {
        Made m = made(composed, true);
        report(m, d);
        return m.files;
    }

    /**
     * What breaks a limit of the WeChat editor: a title shortened, an article too long or too
     * large. Run without drawing the pictures (which are at most 1 MB by their making: photos at
     * the e-edition's 150 ppi of their printed size, charts and tables at twice their size in points).
     */
    public void check(ComposedIssue composed, Diagnostics d) {
        report(made(composed, false), d);
    }

    private record Made(List<Post> posts, Map<String, byte[]> files) {
    }

    private Made made(ComposedIssue composed, boolean pictures) {
        Lang lang = Lang.parse(composed.issue().info().language()) == Lang.EN ? Lang.EN : Lang.ZH;
        Map<String, Box> boxes = EpubEdition.printedBoxes(composed);
        WeChatPictures draw = pictures ? new WeChatPictures(design, fonts) : null;
        Map<String, byte[]> images = new LinkedHashMap<>();
        BookPlan plan = new BookPlan(composed, lang, (c, id) -> {
            String name = String.format(Locale.ROOT, "c%02d.png", images.size() + 1);
            Box b = boxes.getOrDefault(StructKeys.of(c.pos()), EpubEdition.DEFAULT_BOX);
            images.put(name, draw == null ? new byte[0] : draw.chart(c.chart(), b.w(), b.h()));
            return name;
        }, f -> pictures ? Photos.forScreen(f.image(), boxes.getOrDefault(StructKeys.of(f.pos()), EpubEdition.DEFAULT_BOX))
                : new byte[0], t -> {
            if (!WeChatPictures.wide(t)) {
                return null;
            }
            String name = String.format(Locale.ROOT, "t%02d.png", images.size() + 1);
            images.put(name, draw == null ? new byte[0] : draw.table(t));
            return name;
        });
        EpubTemplates t = new EpubTemplates(templates, "wechat");
        Map<String, Object> vars = new HashMap<>();
        vars.put("lang", composed.issue().info().language() == null ? "zh-CN" : composed.issue().info().language());
        vars.put("info", composed.issue().info());
        vars.put("words", new EpubTemplates.Words(lang));
        vars.put("accent", design.colour("accent").rgb().toLowerCase(Locale.ROOT));
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Post> posts = new ArrayList<>();
        List<Article> articles = composed.issue().articles().toList();
        List<DocView> docs = plan.documents.stream().filter(d -> d.type().equals("chapter")).toList();
        List<Map<String, Object>> listed = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            Article a = articles.get(i);
            String stem = String.format(Locale.ROOT, "%02d-%s", i + 1, a.id());
            vars.put("d", docs.get(i));
            String html = DOCTYPE + t.xml("article.html", vars);
            byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
            Post p = new Post(a, stem + ".html", stem + ".json", shorten(a.title(), MAX_TITLE), shorten(digest(a), MAX_DIGEST),
                    html.length(), bytes.length);
            posts.add(p);
            files.put(FOLDER + p.html(), bytes);
            files.put(FOLDER + p.json(), json(p));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("title", p.title());
            entry.put("digest", p.digest());
            entry.put("file", p.html());
            entry.put("body", body(html));
            listed.add(entry);
        }
        images.forEach((name, bytes) -> files.put(FOLDER + name, bytes));
        plan.images.forEach((name, bytes) -> files.put(FOLDER + name, bytes));
        vars.put("posts", listed);
        files.put(FOLDER + "index.html", (DOCTYPE + t.xml("index.html", vars)).getBytes(StandardCharsets.UTF_8));
        return new Made(posts, files);
    }

    /** What is pasted: the article's body, without the page's head. */
    static String body(String html) {
        int start = html.indexOf("<body");
        int open = html.indexOf('>', start) + 1;
        int end = html.lastIndexOf("</body>");
        return start < 0 || end < open ? html : html.substring(open, end).strip();
    }

    /** The first paragraph: what the account shows under the title. */
    private static String digest(Article a) {
        for (Block b : a.blocks()) {
            if (b instanceof Paragraph p) {
                return p.text().plainText().strip();
            }
        }
        return a.subtitle() == null ? a.title() : a.subtitle();
    }

    /** At most {@code max} characters (not UTF-16 units: 𠮷 is one), the last one an ellipsis when cut. */
    static String shorten(String s, int max) {
        if (s.codePointCount(0, s.length()) <= max) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }

    private static byte[] json(Post p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", p.title());
        m.put("digest", p.digest());
        m.put("content", p.html());
        m.put("chars", p.chars());
        try {
            return (new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(m) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // strings and numbers only
        }
    }

    private static void report(Made m, Diagnostics d) {
        for (Post p : m.posts()) {
            Article a = p.article();
            if (!p.title().equals(a.title())) {
                d.report(Severity.WARNING, "wechat-title", a.pos(), a.title(), String.valueOf(MAX_TITLE), p.title());
            }
            if (p.chars() > MAX_CHARS) {
                d.report(Severity.WARNING, "wechat-length", a.pos(), p.html(), String.valueOf(p.chars()), String.valueOf(MAX_CHARS));
            }
            if (p.bytes() > MAX_BYTES) {
                d.report(Severity.WARNING, "wechat-bytes", a.pos(), p.html(), String.valueOf(p.bytes() / 1024));
            }
        }
    }
}
