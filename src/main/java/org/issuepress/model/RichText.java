package org.issuepress.model;

import java.util.List;

/** Text with inline styling: a list of spans, each plain or bold. */
public record RichText(List<Span> spans) {

    public record Span(String text, boolean bold) {
    }

    public RichText {
        spans = List.copyOf(spans);
    }

    public static RichText plain(String text) {
        return new RichText(List.of(new Span(text, false)));
    }

    /** The characters without styling, as a reader would copy them. */
    public String plainText() {
        StringBuilder s = new StringBuilder();
        spans.forEach(sp -> s.append(sp.text()));
        return s.toString();
    }
}
