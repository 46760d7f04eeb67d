package org.issuepress.reflow;

/** Text for XML made outside the templates (an SVG's title and description). */
final class Xml {
    private Xml() {
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
