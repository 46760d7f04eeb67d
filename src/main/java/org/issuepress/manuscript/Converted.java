package org.issuepress.manuscript;

import java.util.List;

/**
 * A manuscript converted: the article's title, subtitle and body lines (in the article
 * format), the tables and pictures its lines refer to, and the notes on what was not
 * carried over as it was, each at the body line it concerns (-1: the title).
 */
record Converted(String title, String subtitle, List<String> lines, List<Table> tables, List<Image> images,
                 List<LineNote> notes) {

    record Table(String path, TableData data) {
    }

    record Image(String path, byte[] bytes) {
    }

    record LineNote(int line, Inline.Note note) {
    }

    long heads() {
        return lines.stream().filter(l -> l.startsWith("#")).count();
    }

    long paragraphs() {
        return lines.stream().filter(l -> !l.startsWith("#") && !l.startsWith("[")).count();
    }
}
