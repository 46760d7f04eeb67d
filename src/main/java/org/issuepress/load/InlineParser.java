package org.issuepress.load;

import java.util.ArrayList;
import java.util.List;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Severity;
import org.issuepress.diag.SourcePos;
import org.issuepress.model.RichText;

/** Reads the inline markup of a line: {@code **bold**}, nothing else. */
final class InlineParser {
    private InlineParser() {
    }

    /** @param pos the position of {@code text}'s first character */
    static RichText parse(String text, SourcePos pos, Diagnostics out) {
        List<RichText.Span> spans = new ArrayList<>();
        boolean bold = false;
        int start = 0;
        int openedAt = -1;
        int i = text.indexOf("**");
        while (i >= 0) {
            if (i > start) {
                spans.add(new RichText.Span(text.substring(start, i), bold));
            }
            bold = !bold;
            openedAt = bold ? i : -1;
            start = i + 2;
            i = text.indexOf("**", start);
        }
        if (bold) {
            out.report(Severity.ERROR, "markup-bold", pos.withLine(pos.line(), pos.col() + openedAt));
            bold = false;
        }
        if (start < text.length()) {
            spans.add(new RichText.Span(text.substring(start), bold));
        }
        if (spans.isEmpty()) {
            spans.add(new RichText.Span("", false));
        }
        return new RichText(merge(spans));
    }

    private static List<RichText.Span> merge(List<RichText.Span> spans) {
        List<RichText.Span> out = new ArrayList<>();
        for (RichText.Span s : spans) {
            if (s.text().isEmpty() && spans.size() > 1) {
                continue;
            }
            if (!out.isEmpty() && out.get(out.size() - 1).bold() == s.bold()) {
                RichText.Span last = out.remove(out.size() - 1);
                out.add(new RichText.Span(last.text() + s.text(), s.bold()));
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
