package org.issuepress.compose.text;

import org.issuepress.fonts.Face;

/** The font, size and colour a run of text is set in. */
public record RunStyle(Face face, double size, String colour) {
}
