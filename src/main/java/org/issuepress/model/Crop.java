package org.issuepress.model;

/**
 * Which part of a photo its frame keeps when the photo is taller or wider than the frame may
 * be (the [图] line's 裁=上|中|下|左|右): the top, the middle, the bottom, the left or the right.
 */
public enum Crop {
    TOP("上"), MIDDLE("中"), BOTTOM("下"), LEFT("左"), RIGHT("右");

    private final String word;

    Crop(String word) {
        this.word = word;
    }

    /** The editor's word, or null when it is none of them. */
    public static Crop of(String word) {
        for (Crop c : values()) {
            if (c.word.equals(word)) {
                return c;
            }
        }
        return null;
    }

    /** Where the photo sits across the frame, 0 (left) to 1 (right), when it is wider. */
    public double across() {
        return this == LEFT ? 0 : this == RIGHT ? 1 : 0.5;
    }

    /** Where it sits down the frame, 0 (top) to 1 (bottom), when it is taller. */
    public double down() {
        return this == TOP ? 0 : this == BOTTOM ? 1 : 0.5;
    }
}
