package org.issuepress.words;

/**
 * One word of a text: where it stands ({@code start} inclusive, {@code end} exclusive, in
 * chars of the text) and its part of speech as the dictionary tags it (HanLP's tag set:
 * {@code n} noun, {@code v} verb, {@code nr} person's name, {@code ude2} the adverbial 地 …).
 */
public record Word(String text, int start, int end, String tag) {
    public boolean isName() {
        return tag.startsWith("nr") || tag.startsWith("ns") || tag.startsWith("nt");
    }
}
