package org.issuepress.model;

import java.util.List;

/** The back cover's lines (电子版 notice …). */
public record BackCover(List<String> lines) {
    public BackCover {
        lines = List.copyOf(lines);
    }
}
