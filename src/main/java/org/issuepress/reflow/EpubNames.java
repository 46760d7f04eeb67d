package org.issuepress.reflow;

import java.util.Locale;

/**
 * The names inside the EPUB: ASCII only (article ids come from file names, which may be
 * Chinese, and some reading systems mangle such names), numbered in reading order.
 */
final class EpubNames {
    static final String COVER = "cover";
    static final String FOREWORD = "foreword";
    static final String MASTHEAD = "masthead";
    static final String CONTENTS = "contents";

    private EpubNames() {
    }

    /** The n-th article's file (from 1), under the package's text folder. */
    static String article(int n) {
        return String.format(Locale.ROOT, "a%03d.xhtml", n);
    }

    static String document(String name) {
        return name + ".xhtml";
    }

    static String pageId(String folio) {
        return folio == null ? null : "page-" + folio;
    }
}
