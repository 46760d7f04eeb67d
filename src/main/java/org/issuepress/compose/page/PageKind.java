package org.issuepress.compose.page;

/** What a page is; each kind has its own template. */
public enum PageKind {
    COVER, FOREWORD, MASTHEAD, CONTENTS, OPENER, ARTICLE, BLANK, BACK_COVER, SPINE;

    public String template() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
