package org.issuepress.proof;

/**
 * What a rule found in a passage: the chars {@code start} to {@code end} and what to write
 * instead ({@code suggested}; empty: delete them, null: nothing to suggest, only look).
 */
public record Hit(Kind kind, String rule, Passage passage, int start, int end, String suggested) {

    public String found() {
        return passage.text().substring(start, end);
    }
}
