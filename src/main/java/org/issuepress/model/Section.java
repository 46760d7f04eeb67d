package org.issuepress.model;

import java.util.List;
import java.util.stream.Stream;

/** A section of the magazine (伟大号召 …) with its pinyin banner and its parts. */
public record Section(String id, String title, String pinyin, List<Part> parts) {
    public Section {
        parts = List.copyOf(parts);
    }

    public Stream<Article> articles() {
        return parts.stream().flatMap(p -> p.articles().stream());
    }
}
