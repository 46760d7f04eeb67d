package org.issuepress.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.issuepress.support.PdfProbe;
import org.issuepress.support.SampleIssue;
import org.issuepress.words.Word;
import org.issuepress.words.Words;
import org.junit.jupiter.api.Test;

/**
 * Display text read back from the sample's e-edition (#20 point 5): every head, title,
 * subtitle, contents entry, pull quote and caption that takes more than one line breaks
 * between words and outside quoted terms, and no line of it holds one or two characters.
 * Display text is told from body text by its font and size (a line with any 宋体 is body).
 */
class DisplayBreaksTest {
    /** Fonts and sizes of display styles in templates/design.yaml (heads, titles, contents, captions, quotes). */
    private static final List<String> DISPLAY = List.of(
            "NotoSansCJKsc-Bold@12.5", "NotoSansCJKsc-Bold@11.0", "NotoSansCJKsc-Bold@22.0", "NotoSansCJKsc-Bold@24.0",
            "NotoSansCJKsc-Bold@10.0", "NotoSansCJKsc-Bold@9.0", "LXGWWenKai@9.0", "LXGWWenKai@12.5", "LXGWWenKai@15.0");

    /** One line of one style: its text and where it stands. */
    record TextLine(String text, float x0, float x1, float y, String style, float size) {
    }

    @Test
    void noDisplayLineBreaksInsideAWordOrLeavesTwoCharactersAlone() {
        List<String> bad = new ArrayList<>();
        int checked = 0;
        try (PDDocument doc = SampleIssue.open()) {
            String[] labels = PdfProbe.labels(doc);
            for (int p = 1; p < doc.getNumberOfPages() - 1; p++) {
                for (List<TextLine> block : blocks(lines(PdfProbe.chars(doc, p)))) {
                    if (block.size() < 2) {
                        continue;
                    }
                    checked++;
                    String problem = problem(block);
                    if (problem != null) {
                        bad.add("f" + (p < labels.length ? labels[p] : p) + " " + problem);
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        int n = checked;
        assertTrue(n > 40, () -> "only " + n + " display texts of two or more lines found");
        assertTrue(bad.isEmpty(), () -> bad.size() + " of " + n + " display texts break badly:\n" + String.join("\n", bad));
    }

    /** What is wrong with a display text's breaks, or null. */
    static String problem(List<TextLine> block) {
        StringBuilder joined = new StringBuilder();
        List<Integer> breaks = new ArrayList<>();
        for (TextLine l : block) {
            if (joined.length() > 0) {
                breaks.add(joined.length());
            }
            joined.append(l.text());
        }
        String all = joined.toString();
        String shown = String.join("|", block.stream().map(TextLine::text).toList());
        for (TextLine l : block) {
            if (l.text().codePoints().filter(c -> Character.isLetterOrDigit(c)).count() <= 2) {
                return "leaves '" + l.text() + "' alone: " + shown;
            }
        }
        boolean[] wordStart = new boolean[all.length() + 1];
        for (Word w : Words.of(all)) {
            wordStart[w.start()] = true;
        }
        for (int b : breaks) {
            if (!wordStart[b]) {
                return "breaks inside a word: " + shown;
            }
            if (insideQuote(all, b, longest(block))) {
                return "breaks inside a quoted term: " + shown;
            }
        }
        return null;
    }

    /** The widest line of a text, in ems of its size: how many full-width characters its measure holds at least. */
    private static int longest(List<TextLine> block) {
        return (int) block.stream().mapToDouble(l -> (l.x1() - l.x0()) / l.size()).max().orElse(0);
    }

    /** A break inside a quoted term that fits on one line (a term wider than every line must break somewhere). */
    private static boolean insideQuote(String s, int at, int longest) {
        String opens = "《“「";
        String closes = "》”」";
        for (int k = 0; k < opens.length(); k++) {
            int o = s.lastIndexOf(opens.charAt(k), at - 1);
            if (o >= 0 && at > o + 1) {
                int c = s.indexOf(closes.charAt(k), o);
                if (c >= at && c - o + 1 <= longest) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A page's lines of display text: characters of one style on one baseline, cut where a gap wider than 1.5 em opens. */
    static List<TextLine> lines(List<PdfProbe.Char> chars) {
        Map<String, List<PdfProbe.Char>> rows = new TreeMap<>();
        Map<Long, Boolean> bodyRow = new TreeMap<>();
        for (PdfProbe.Char c : chars) {
            long y = Math.round(c.y() * 2);
            if (c.font().contains("Serif")) {
                bodyRow.put(y, true);
            }
            if (c.text().isBlank()) {
                continue;
            }
            String style = style(c);
            if (DISPLAY.contains(style)) {
                rows.computeIfAbsent(style + "#" + y, k -> new ArrayList<>()).add(c);
            }
        }
        List<TextLine> out = new ArrayList<>();
        for (Map.Entry<String, List<PdfProbe.Char>> e : rows.entrySet()) {
            List<PdfProbe.Char> row = e.getValue();
            row.sort(Comparator.comparingDouble(PdfProbe.Char::x));
            StringBuilder t = new StringBuilder();
            PdfProbe.Char first = row.get(0);
            PdfProbe.Char prev = null;
            for (PdfProbe.Char c : row) {
                if (prev != null && c.x() - prev.end() > 1.5 * c.size()) {
                    out.add(line(t, first, prev));
                    t.setLength(0);
                    first = c;
                }
                t.append(c.text());
                prev = c;
            }
            out.add(line(t, first, prev));
        }
        // a line that shares its baseline with body text is a run-in head or a date: part of a paragraph
        out.removeIf(l -> bodyRow.containsKey((long) Math.round(l.y() * 2)) && !l.style().startsWith("LXGW"));
        out.sort(Comparator.comparingDouble(TextLine::y).thenComparingDouble(TextLine::x0));
        return out;
    }

    private static TextLine line(StringBuilder t, PdfProbe.Char first, PdfProbe.Char last) {
        return new TextLine(t.toString(), first.x(), last.end(), first.y(), style(first), first.size());
    }

    private static String style(PdfProbe.Char c) {
        String font = c.font().substring(c.font().indexOf('+') + 1).replace("-Identity-H", "").replace("-Regular", "");
        return font + "@" + Math.round(c.size() * 2) / 2.0;
    }

    /** Lines of one style that follow each other at about a leading's distance and overlap in x: one text. */
    static List<List<TextLine>> blocks(List<TextLine> lines) {
        List<List<TextLine>> blocks = new ArrayList<>();
        boolean[] taken = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (taken[i]) {
                continue;
            }
            List<TextLine> block = new ArrayList<>(List.of(lines.get(i)));
            taken[i] = true;
            TextLine last = lines.get(i);
            for (int j = i + 1; j < lines.size(); j++) {
                TextLine m = lines.get(j);
                float dy = m.y() - last.y();
                if (!taken[j] && m.style().equals(last.style()) && dy > 0.9 * m.size() && dy < 2.2 * m.size()
                        && m.x0() < last.x1() && last.x0() < m.x1()) {
                    block.add(m);
                    taken[j] = true;
                    last = m;
                }
            }
            blocks.add(block);
        }
        return blocks;
    }
}
