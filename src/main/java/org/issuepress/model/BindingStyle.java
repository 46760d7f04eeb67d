package org.issuepress.model;

/** How the book block is bound: perfect bound (胶装, glued at a square spine) or saddle-stitched (骑马钉, no spine). */
public enum BindingStyle {
    PERFECT, SADDLE
}
