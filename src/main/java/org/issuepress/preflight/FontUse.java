package org.issuepress.preflight;

/** How a font is in the file: embedded (a print shop needs every one), and as a subset of its glyphs. */
public record FontUse(boolean embedded, boolean subset) {
}
