package org.issuepress.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Severity;
import org.issuepress.diag.SourcePos;
import org.issuepress.model.Block;
import org.issuepress.model.ChartBlock;
import org.issuepress.model.Crop;
import org.issuepress.model.Figure;
import org.issuepress.model.Heading;
import org.issuepress.model.ListItem;
import org.issuepress.model.Paragraph;
import org.issuepress.model.PullQuote;
import org.issuepress.model.RichText;
import org.issuepress.model.TableBlock;

/**
 * Reads the body of an article or foreword: one block per line, the line prefixes documented
 * in issue-data/README.md. Tables and charts are loaded through the {@link DataFiles} it is given.
 */
final class BodyParser {
    private static final Pattern HEADING = Pattern.compile("^(#{1,3})(\\s*)(.*)$");
    private static final Pattern DIRECTIVE = Pattern.compile("^\\[(图表|图|表)(?:\\s+([^\\]]*))?\\]\\s*(.*)$");
    /** 2016年3月21日, 2016年9月26日—29日, 2018年1月29日至2月5日, 2016年11月25日下午, 2020年11月3日起 */
    private static final Pattern DATE = Pattern.compile(
            "^(\\d{4}年)?\\d{1,2}月(\\d{1,2}日?)?(\\s*[—\\-至~～]\\s*(\\d{1,2}月)?\\d{1,2}日?)?(上午|下午|晚|起)?");

    private final IssueFolder folder;
    private final DataFiles data;
    private final Diagnostics out;
    private final PhotoCheck photos;

    BodyParser(IssueFolder folder, DataFiles data, Diagnostics out) {
        this.folder = folder;
        this.data = data;
        this.out = out;
        this.photos = new PhotoCheck(out);
    }

    /**
     * @param firstLine the 1-based line number of {@code lines[0]} in its file
     * @param timeline  whether list items start with a date to set apart
     */
    List<Block> parse(List<String> lines, String file, int firstLine, boolean timeline) {
        List<Block> blocks = new ArrayList<>();
        List<String> quote = new ArrayList<>();
        SourcePos quotePos = null;
        PunctuationCheck punctuation = new PunctuationCheck(out);
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            SourcePos pos = new SourcePos(file, firstLine + i, 1);
            String line = raw.strip();
            if (!line.isEmpty() && !TextHygiene.check(raw, pos, out)) {
                continue;
            }
            punctuation.line(raw, pos);
            if (line.startsWith(">")) {
                if (quote.isEmpty()) {
                    quotePos = pos;
                }
                quote.add(line.substring(1).strip());
                continue;
            }
            if (!quote.isEmpty()) {
                blocks.add(new PullQuote(quote, quotePos));
                quote = new ArrayList<>();
            }
            if (line.isEmpty()) {
                continue;
            }
            int indent = raw.indexOf(line.charAt(0));
            Block b = parseLine(line, pos.withLine(pos.line(), indent + 1), timeline);
            if (b != null) {
                blocks.add(b);
            }
        }
        if (!quote.isEmpty()) {
            blocks.add(new PullQuote(quote, quotePos));
        }
        punctuation.finish();
        return blocks;
    }

    private Block parseLine(String line, SourcePos pos, boolean timeline) {
        Matcher h = HEADING.matcher(line);
        if (h.matches()) {
            if (h.group(3).isBlank()) {
                out.report(Severity.ERROR, "body-empty-heading", pos, h.group(1));
                return null;
            }
            if (h.group(2).isEmpty()) {
                out.report(Severity.WARNING, "body-heading-space", pos, h.group(1), h.group(3));
            }
            int col = pos.col() + h.group(1).length() + h.group(2).length();
            return new Heading(h.group(1).length(), inline(h.group(3).strip(), pos.withLine(pos.line(), col)), pos);
        }
        Matcher d = DIRECTIVE.matcher(line);
        if (d.matches()) {
            return directive(d.group(1), d.group(2) == null ? "" : d.group(2).strip(), d.group(3).strip(), pos);
        }
        if (MisspeltMarks.report(line, pos, out)) {
            return null;
        }
        if (line.startsWith("- ") || line.equals("-")) {
            String text = line.substring(1).strip();
            SourcePos at = pos.withLine(pos.line(), pos.col() + 2);
            if (timeline) {
                Matcher m = DATE.matcher(text);
                if (m.find() && m.end() > 0) {
                    String date = text.substring(0, m.end()).strip();
                    TimelineDates.check(date, at, out);
                    String rest = text.substring(m.end()).replaceFirst("^[，,、：:\\s]+", "");
                    return new ListItem(date, inline(rest, at), pos);
                }
                out.report(Severity.WARNING, "timeline-date", at);
            }
            return new ListItem(null, inline(text, at), pos);
        }
        return new Paragraph(inline(line, pos), pos);
    }

    private Block directive(String kind, String args, String caption, SourcePos pos) {
        boolean wide = false;
        String file = null;
        Crop crop = Crop.MIDDLE;
        for (String a : args.split("\\s+")) {
            if (a.isEmpty()) {
                continue;
            }
            if (a.equals("通栏")) {
                wide = true;
            } else if (kind.equals("图") && (a.startsWith("裁=") || a.startsWith("裁＝"))) {
                crop = Crop.of(a.substring(2));
                if (crop == null) {
                    out.report(Severity.ERROR, "figure-crop", pos, a.substring(2));
                    crop = Crop.MIDDLE;
                }
            } else if (file == null) {
                file = a;
            } else {
                out.report(Severity.ERROR, "body-directive", pos, a, kind, args);
            }
        }
        switch (kind) {
            case "图" -> {
                Path image = null;
                if (file != null) {
                    image = folder.resolve(file, pos, out).orElse(null);
                }
                double proportion = 0;
                if (image != null) {
                    proportion = photos.check(image, file, pos, wide ? PhotoCheck.WIDE_PT : PhotoCheck.COLUMN_PT,
                            wide ? PhotoCheck.WIDE : PhotoCheck.COLUMN).map(PhotoCheck.Pixels::proportion).orElse(0.0);
                }
                if (caption.isEmpty()) {
                    out.report(Severity.WARNING, "figure-caption", pos);
                }
                return new Figure(caption, image, wide, pos, proportion, crop);
            }
            case "表" -> {
                if (file == null) {
                    out.report(Severity.ERROR, "body-directive.table", pos);
                    return null;
                }
                return folder.resolve(file, pos, out).map(p -> data.table(p)).map(t -> new TableBlock(t, pos)).orElse(null);
            }
            default -> {
                if (file == null) {
                    if (caption.isEmpty()) {
                        out.report(Severity.ERROR, "body-directive.chart", pos);
                        return null;
                    }
                    return new ChartBlock(null, caption, wide, pos);
                }
                boolean spans = wide;
                return folder.resolve(file, pos, out).map(p -> data.chart(p))
                        .map(c -> new ChartBlock(c, caption.isEmpty() ? null : caption, spans, pos)).orElse(null);
            }
        }
    }

    private RichText inline(String text, SourcePos pos) {
        return InlineParser.parse(text, pos, out);
    }
}
