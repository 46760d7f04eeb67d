package org.issuepress.design;

/** A font the design uses: the file under fonts/ and the family name CSS refers to it by. */
public record FontFile(String file, String css, int weight) {
}
