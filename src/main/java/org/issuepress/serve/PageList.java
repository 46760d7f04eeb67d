package org.issuepress.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.issuepress.compose.ComposedIssue;
import org.issuepress.compose.page.Page;
import org.issuepress.model.Article;
import org.issuepress.model.Section;

/** The composed pages as the preview lists them: what each is called and what is on it. */
final class PageList {
    private PageList() {
    }

    /** One entry per composed page, without images yet. */
    static List<PreviewState.PageEntry> of(ComposedIssue issue) {
        Map<String, Article> articles = issue.issue().articles().collect(Collectors.toMap(Article::id, Function.identity()));
        Map<String, Section> sections = issue.issue().sections().stream()
                .collect(Collectors.toMap(Section::id, Function.identity(), (a, b) -> a));
        double height = issue.grid().trimHeight();
        List<PreviewState.PageEntry> entries = new ArrayList<>();
        for (int i = 0; i < issue.pages().size(); i++) {
            Page p = issue.pages().get(i);
            double width = p.width() > 0 ? p.width() : issue.grid().trimWidth();
            entries.add(new PreviewState.PageEntry(i, label(p), p.kind().template(), p.recto(), p.inside(),
                    title(p, articles, sections), null, width / height));
        }
        return entries;
    }

    /** The page's name as the periodical and its e-edition's page labels call it: in the issue's language, not the tool's. */
    private static String label(Page p) {
        return switch (p.kind()) {
            case COVER -> "封面";
            case BACK_COVER -> "封底";
            case SPINE -> "书脊";
            default -> p.folioLabel();
        };
    }

    private static String title(Page p, Map<String, Article> articles, Map<String, Section> sections) {
        Article a = p.articleId() == null ? null : articles.get(p.articleId());
        Section s = p.sectionId() == null ? null : sections.get(p.sectionId());
        return switch (p.kind()) {
            case ARTICLE -> a == null ? "" : a.title();
            case OPENER -> s == null ? "栏目" : s.title();
            case FOREWORD -> "卷首语";
            case MASTHEAD -> "版权页";
            case CONTENTS -> "目录";
            case BLANK -> "空白页";
            case COVER -> "封面";
            case BACK_COVER -> "封底";
            case SPINE -> "书脊";
        };
    }
}
