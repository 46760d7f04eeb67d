package org.issuepress.proof;

import java.util.List;
import java.util.function.Consumer;
import org.issuepress.model.Issue;
import org.issuepress.model.Masthead;

/**
 * 出版形式, the items a tool can see (《报纸期刊质量管理规定》 allows a periodical at most 5 errors of
 * form): the 准印证号 written alike on the cover and in the imprint, and the 内部资料 line present.
 * The imprint's 印数 against the print run is load's check already (copies-imprint).
 */
final class FormRules {
    private FormRules() {
    }

    static void check(Issue issue, List<Passage> passages, Consumer<Hit> out) {
        if (issue.masthead() == null) {
            return;
        }
        String permit = issue.info().permit();
        for (Masthead.Entry e : issue.masthead().imprint()) {
            String value = e.joined();
            Passage at = find(passages, value);
            if (at == null) {
                continue;
            }
            if (e.role().equals("准印证号") && permit != null && !permit.equals(value)) {
                out.accept(new Hit(Kind.FORM, "permit", at, 0, value.length(), permit));
            }
        }
        String notice = issue.info().notice();
        if (notice != null && !notice.contains("内部资料")) {
            Passage at = find(passages, notice);
            if (at != null) {
                out.accept(new Hit(Kind.FORM, "notice", at, 0, notice.length(), "内部资料，免费交流"));
            }
        }
    }

    private static Passage find(List<Passage> passages, String text) {
        return passages.stream().filter(p -> p.place() == Place.IMPRINT && p.text().equals(text)).findFirst().orElse(null);
    }
}
