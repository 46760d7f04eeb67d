package org.issuepress.design;

/**
 * The composer's typographic settings: paragraph indent (em), gap between Chinese and Latin
 * or digits (em, 0 turns it off), the fewest characters on a paragraph's last line, and how
 * far inter-character spacing may stretch before a line counts as loose (em per gap).
 */
public record TypeRules(double indent, double latinGap, int minLastLine, double maxStretch) {
}
