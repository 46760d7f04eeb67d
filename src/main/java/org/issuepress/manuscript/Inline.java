package org.issuepress.manuscript;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;

/**
 * A Word paragraph as the article format sees it: text in bold or not, manual line breaks,
 * pictures, and what has no place in an article (comments, footnotes, tracked changes),
 * kept as notes with the paragraph they were in.
 */
record Inline(List<Item> items, List<Note> notes) {

    sealed interface Item permits Text, Break, Picture {
    }

    record Text(String text, boolean bold) implements Item {
    }

    /** A manual line break (Shift+Enter): the manuscript's next paragraph. */
    record Break() implements Item {
    }

    /**
     * A picture in the text: its data when embedded; {@code data} null and {@code link} its
     * address when the manuscript only links to it (a file on the author's computer).
     */
    record Picture(XWPFPictureData data, String link) implements Item {
    }

    /** Something not carried into the text: catalogue key {@code import-note.<code>} and its arguments. */
    record Note(String code, List<Object> args) {
    }

    /** The text pieces between breaks and pictures, each as article text with {@code **bold**}. */
    List<Object> blocks() {
        List<Object> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        StringBuilder bold = new StringBuilder();
        for (Item item : items) {
            if (item instanceof Text t && t.bold()) {
                bold.append(t.text());
                continue;
            }
            flushBold(line, bold);
            if (item instanceof Text t) {
                line.append(t.text());
            } else {
                out.add(line.toString());
                line.setLength(0);
                if (item instanceof Picture p) {
                    out.add(p);
                }
            }
        }
        flushBold(line, bold);
        out.add(line.toString());
        return out;
    }

    /** Plain text of the whole paragraph, for recognising titles, heads and captions. */
    String plain() {
        StringBuilder s = new StringBuilder();
        for (Item item : items) {
            if (item instanceof Text t) {
                s.append(t.text());
            }
        }
        return s.toString();
    }

    boolean allBold() {
        return items.stream().filter(Text.class::isInstance).map(Text.class::cast)
                .filter(t -> !t.text().isBlank()).allMatch(Text::bold)
                && items.stream().anyMatch(i -> i instanceof Text t && !t.text().isBlank());
    }

    /** Bold around the text only: spaces stay outside the marks, an empty bold run leaves none. */
    private static void flushBold(StringBuilder line, StringBuilder bold) {
        if (bold.isEmpty()) {
            return;
        }
        String b = bold.toString();
        String core = b.strip();
        if (core.isEmpty()) {
            line.append(b);
        } else {
            int lead = b.indexOf(core.charAt(0));
            line.append(b, 0, lead).append("**").append(core).append("**").append(b.substring(lead + core.length()));
        }
        bold.setLength(0);
    }
}
