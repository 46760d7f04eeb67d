package org.issuepress.manuscript;

import java.util.List;
import org.issuepress.load.YamlWriter;
import org.issuepress.model.ArticleKind;

/** An article file in the documented format: front matter, then one block per line. */
record ArticleText(String title, String subtitle, ArticleKind kind, List<String> lines) {

    String text() {
        StringBuilder s = new StringBuilder("---\n");
        s.append("title: ").append(YamlWriter.scalar(title)).append('\n');
        if (subtitle != null) {
            s.append("subtitle: ").append(YamlWriter.scalar(subtitle)).append('\n');
        }
        s.append("kind: ").append(kind.name().toLowerCase(java.util.Locale.ROOT)).append('\n');
        s.append("---\n");
        lines.forEach(l -> s.append(l).append('\n'));
        return s.toString();
    }

    /** The file's line (1-based) of body line {@code i}; the title's line for -1. */
    int fileLine(int i) {
        int head = subtitle == null ? 4 : 5;
        return i < 0 ? 2 : head + 1 + Math.min(i, Math.max(0, lines.size() - 1));
    }
}
