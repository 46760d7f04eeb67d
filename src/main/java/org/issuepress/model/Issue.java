package org.issuepress.model;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The whole issue as loaded and checked: the one model every output is made from. */
public record Issue(IssueInfo info, Cover cover, Masthead masthead, Foreword foreword,
                    List<Section> sections, BackCover backCover, PrintSettings print, Path dir) {

    public Issue {
        sections = List.copyOf(sections);
    }

    public Stream<Article> articles() {
        return sections.stream().flatMap(Section::articles);
    }
}
