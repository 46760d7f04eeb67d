package org.issuepress.manuscript;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where lines added to an existing article go: at its end, but before a closing line that
 * says who wrote it or where it comes from — （作者单位：…）, （供稿：…）, 通讯员 … — which
 * the magazine prints last; a table appended after it would stand under the byline.
 */
final class ArticleEnd {
    /** A whole line in brackets, or one naming the writer or the source. */
    private static final Pattern CLOSING = Pattern.compile("^[（(].*[）)]$|^[（(]?(作者单位|作者|供稿单位|供稿|通讯员|来源|稿件来源)[:：\\s].*");

    private ArticleEnd() {
    }

    /** {@code article} with {@code lines} added at its end, before its closing line if it has one. */
    static String append(String article, List<String> lines) {
        List<String> all = new ArrayList<>(article.lines().toList());
        int end = all.size();
        while (end > 0 && all.get(end - 1).isBlank()) {
            end--;
        }
        boolean closing = end > 0 && CLOSING.matcher(all.get(end - 1).strip()).matches();
        all.addAll(closing ? end - 1 : end, lines);
        return String.join("\n", all) + "\n";
    }
}
