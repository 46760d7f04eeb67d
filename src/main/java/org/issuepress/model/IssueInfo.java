package org.issuepress.model;

import java.util.List;
import org.issuepress.diag.SourcePos;

/**
 * What identifies the issue: magazine title, issue label (2021.01), running number (总第82期),
 * special title, and the lines a Chinese periodical prints on cover and colophon.
 * {@code idPos} is where issue.yaml sets the id, for messages about the output folder it names.
 */
public record IssueInfo(String id, String title, String issueLabel, int number, String special,
                        String motto, String authority, String permit, String notice,
                        String publisher, String language, String subject, List<String> keywords, SourcePos idPos) {
    public IssueInfo {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    /** 总第82期 */
    public String numberLabel() {
        return "总第" + number + "期";
    }

    /** 《郑州三农》2021.01 脱贫攻坚纪实专刊 */
    public String fullTitle() {
        return "《" + title + "》" + issueLabel + (special == null ? "" : " " + special);
    }
}
