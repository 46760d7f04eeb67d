package org.issuepress.reflow;

import java.util.ArrayList;
import java.util.List;
import org.issuepress.model.RichText;
import org.issuepress.reflow.EpubViews.Run;

/** Inline text as runs, with the marks of the printed pages that begin inside it. */
final class Runs {
    private Runs() {
    }

    static List<Run> of(RichText text) {
        return text.spans().stream().map(s -> new Run(s.text(), s.bold(), null)).toList();
    }

    static List<Run> breaks(List<PageStarts.Start> starts) {
        return starts.stream().map(s -> new Run("", false, s.folio())).toList();
    }

    /**
     * The text split where pages begin: {@code starts} count characters from the start of the
     * text (as the composer set them); a mark is never put inside a surrogate pair, and one
     * past the end goes at the end.
     */
    static List<Run> of(RichText text, List<PageStarts.Start> starts) {
        if (starts.isEmpty()) {
            return of(text);
        }
        String plain = text.plainText();
        List<Run> out = new ArrayList<>();
        int next = 0;
        int from = 0; // characters of the text already given out
        for (RichText.Span span : text.spans()) {
            String s = span.text();
            int done = 0;
            while (next < starts.size()) {
                int at = at(plain, starts.get(next).place().offset()) - from;
                if (at > s.length()) {
                    break;
                }
                if (at > done) {
                    out.add(new Run(s.substring(done, at), span.bold(), null));
                    done = at;
                }
                out.add(new Run("", false, starts.get(next).folio()));
                next++;
            }
            if (done < s.length()) {
                out.add(new Run(s.substring(done), span.bold(), null));
            }
            from += s.length();
        }
        for (; next < starts.size(); next++) {
            out.add(new Run("", false, starts.get(next).folio()));
        }
        return out;
    }

    private static int at(String plain, int offset) {
        int at = Math.max(0, Math.min(offset, plain.length()));
        return at > 0 && at < plain.length() && Character.isLowSurrogate(plain.charAt(at)) ? at + 1 : at;
    }
}
