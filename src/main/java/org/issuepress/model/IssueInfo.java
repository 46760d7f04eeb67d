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

    /**
     * The first day of the issue's month (2021.01 → 2021-01-01): the editions' dates, so the
     * same issue gives the same files on any day.
     */
    public java.time.LocalDate date() {
        String[] parts = issueLabel == null ? new String[0] : issueLabel.split("[.\\-/]");
        int year = parts.length > 0 && parts[0].matches("\\d{4}") ? Integer.parseInt(parts[0]) : 2000;
        int month = parts.length > 1 && parts[1].matches("\\d{1,2}") ? Integer.parseInt(parts[1]) : 1;
        return java.time.LocalDate.of(year, Math.max(1, Math.min(12, month)), 1);
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
