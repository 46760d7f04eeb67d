package org.issuepress.proof;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.issuepress.diag.SourcePos;
import org.issuepress.model.Article;
import org.issuepress.model.Block;
import org.issuepress.model.Figure;
import org.issuepress.model.Heading;
import org.issuepress.model.Issue;
import org.issuepress.model.ListItem;
import org.issuepress.model.Paragraph;
import org.issuepress.model.PullQuote;

/**
 * The issue's text as passages a proofreader reads: every article's title, subtitle and
 * contents title, its paragraphs, sub-heads, list items, quotes and captions, the foreword,
 * the cover's lines and the imprint. The model says which lines are text; the editor's file
 * gives each character its column (the model has dropped the {@code **} markup).
 */
final class Passages {
    /** A block line's prefix that is markup, not text: sub-head marks, list dash, quote mark, a photo or chart directive. */
    private static final Pattern PREFIX = Pattern.compile("^(#{1,3}\\s*|-\\s+|>\\s*|\\[(?:图表|图|表)[^\\]]*\\]\\s*)");

    private final Map<String, List<String>> files = new HashMap<>();

    static List<Passage> of(Issue issue) {
        return new Passages().read(issue);
    }

    private List<Passage> read(Issue issue) {
        List<Passage> out = new ArrayList<>();
        String yaml = SourcePos.displayName(issue.dir().resolve("issue.yaml"));
        cover(issue, yaml, out);
        if (issue.foreword() != null) {
            blocks(issue.foreword().blocks(), out);
        }
        issue.articles().forEach(a -> article(a, out));
        return out;
    }

    private void cover(Issue issue, String yaml, List<Passage> out) {
        if (issue.cover() != null) {
            value(yaml, issue.cover().line(), Place.COVER, out);
            value(yaml, issue.cover().photoCaption(), Place.COVER, out);
        }
        value(yaml, issue.info().special(), Place.COVER, out);
        value(yaml, issue.info().motto(), Place.COVER, out);
        value(yaml, issue.info().notice(), Place.IMPRINT, out);
        if (issue.masthead() != null) {
            issue.masthead().imprint().forEach(e -> value(yaml, e.joined(), Place.IMPRINT, out));
        }
    }

    private void article(Article a, List<Passage> out) {
        String file = a.pos().file();
        value(file, a.title(), Place.TITLE, out);
        value(file, a.subtitle(), Place.TITLE, out);
        value(file, a.contentsTitle(), Place.CONTENTS, out);
        blocks(a.blocks(), out);
    }

    private void blocks(List<Block> blocks, List<Passage> out) {
        int first = out.size();
        for (Block b : blocks) {
            if (b instanceof PullQuote q) {
                for (int i = 0; i < q.lines().size(); i++) {
                    line(q.pos().withLine(q.pos().line() + i, 1), Place.BODY, out);
                }
            } else if (b instanceof Heading) {
                line(b.pos(), Place.HEADING, out);
            } else if (b instanceof Paragraph || b instanceof ListItem || b instanceof Figure) {
                line(b.pos(), Place.BODY, out);
            } // tables and charts: numbers and labels, read by their own checks
        }
        // GB/T 15834-2011 4.4.3.4: a quotation over paragraphs opens each and closes only the last
        for (int i = first; i + 1 < out.size(); i++) {
            Passage p = out.get(i);
            if (out.get(i + 1).text().startsWith("“")) {
                out.set(i, new Passage(p.text(), p.file(), p.line(), p.col(), p.cols(), p.place(), true));
            }
        }
    }

    /** The text of a block's line, markup taken out, each char with its column. */
    private void line(SourcePos pos, Place place, List<Passage> out) {
        List<String> lines = lines(pos.file());
        if (pos.line() < 1 || pos.line() > lines.size()) {
            return;
        }
        String raw = lines.get(pos.line() - 1);
        int from = 0;
        while (from < raw.length() && Character.isWhitespace(raw.charAt(from))) {
            from++;
        }
        Matcher m = PREFIX.matcher(raw.substring(from));
        if (m.find()) {
            from += m.end();
        }
        StringBuilder text = new StringBuilder(raw.length() - from);
        int[] cols = new int[raw.length() - from];
        for (int i = from; i < raw.length(); i++) {
            if (raw.startsWith("**", i)) {
                i++;
                continue;
            }
            cols[text.length()] = i + 1;
            text.append(raw.charAt(i));
        }
        while (text.length() > 0 && Character.isWhitespace(text.charAt(text.length() - 1))) {
            text.setLength(text.length() - 1);
        }
        if (text.length() > 0) {
            out.add(new Passage(text.toString(), pos.file(), pos.line(), cols[0],
                    java.util.Arrays.copyOf(cols, text.length()), place, false));
        }
    }

    /** A value of a YAML file (front matter or issue.yaml) where it is written; its first occurrence. */
    private void value(String file, String value, Place place, List<Passage> out) {
        if (value == null || value.isBlank()) {
            return;
        }
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            int at = lines.get(i).indexOf(value);
            if (at >= 0) {
                out.add(Passage.plain(value, new SourcePos(file, i + 1, at + 1), place));
                return;
            }
        }
        out.add(Passage.plain(value, SourcePos.file(file), place)); // written in parts (a list of names): the file
    }

    private List<String> lines(String file) {
        return files.computeIfAbsent(file, f -> {
            try {
                return Files.readAllLines(Path.of(f), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                return List.of(); // loading read it a moment ago; if it is gone now, there is nothing to proofread
            }
        });
    }
}
