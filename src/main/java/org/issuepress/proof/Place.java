package org.issuepress.proof;

/**
 * Where a passage is printed, for the weight its errors carry in the 差错率 (《期刊编校差错率计算方法》:
 * errors on the front cover or the spine count double) and for the rules that read headings.
 */
public enum Place {
    BODY, HEADING, TITLE, CONTENTS, COVER, IMPRINT;

    /** Errors here count twice in the 差错率. */
    public boolean doubled() {
        return this == COVER;
    }
}
