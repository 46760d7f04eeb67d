package org.issuepress.model;

/** What an article is; the design picks columns, banners and head styles from it. */
public enum ArticleKind {
    POLICY, SURVEY, DISTRICT, DEPARTMENT, CASE, PROFILE, TIMELINE;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
