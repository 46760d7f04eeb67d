package org.issuepress.model;

import java.util.List;

/** A group of articles inside a section (区县(市)扶贫篇 …); title is null for an unnamed group. */
public record Part(String title, String pinyin, List<Article> articles) {
    public Part {
        articles = List.copyOf(articles);
    }
}
