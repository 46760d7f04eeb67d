package org.issuepress.model;

/**
 * What the print shop needs to know, per issue: trim and bleed in millimetres, copies, paper
 * caliper for the spine, and the output intent of the PDF/X file.
 */
public record PrintSettings(double trimWidth, double trimHeight, double bleed, int copies,
                            String paper, double caliper, String outputCondition,
                            String outputConditionId) {
}
