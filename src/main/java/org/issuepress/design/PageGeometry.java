package org.issuepress.design;

/**
 * Where the text block sits on the trimmed page, in mm: distance from the top trim edge to
 * the first grid line, from the binding edge to the block, baselines of running head and
 * folio, and the number of grid lines in a column.
 */
public record PageGeometry(double marginTop, double marginInner, int lines,
                           double headBaseline, double folioBaseline) {
}
