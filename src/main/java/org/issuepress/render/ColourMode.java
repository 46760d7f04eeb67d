package org.issuepress.render;

/** CMYK for the print edition, RGB for the electronic edition. */
public enum ColourMode { CMYK, RGB }
