package org.issuepress.proof;

import java.util.List;
import java.util.function.Consumer;
import org.issuepress.model.Article;

/**
 * One name written two ways in one article: its contents title against its title (巩准一家亲 in the
 * contents, 巩淮一家亲 over the article). A contents title may be shorter or reworded on purpose;
 * only one or two characters changed in place is a slip. Which of the two is right is what
 * the article's own text says more often.
 */
final class TitleRules {
    private TitleRules() {
    }

    static void check(Article a, List<Passage> passages, Consumer<Hit> out) {
        String title = a.title();
        String contents = a.contentsTitle();
        if (contents == null || contents.length() != title.length() || contents.equals(title)) {
            return;
        }
        int differ = 0;
        int first = -1;
        for (int i = 0; i < title.length(); i++) {
            if (title.charAt(i) != contents.charAt(i)) {
                differ++;
                first = first < 0 ? i : first;
            }
        }
        if (differ > 2 || !PunctuationRules.han(title.charAt(first))) {
            return;
        }
        // the name as each writes it: the changed char and the one before it (巩准, 巩淮)
        int from = Math.max(0, first - 1);
        int to = Math.min(title.length(), Math.max(first + 1, from + 2));
        String inTitle = title.substring(from, to);
        String inContents = contents.substring(from, to);
        String body = String.join("\n", passages.stream().filter(p -> p.file().equals(a.pos().file()) && p.place() == Place.BODY)
                .map(Passage::text).toList());
        boolean contentsWrong = count(body, inTitle) >= count(body, inContents);
        Place wrong = contentsWrong ? Place.CONTENTS : Place.TITLE;
        String right = contentsWrong ? title : contents;
        for (Passage p : passages) {
            if (p.file().equals(a.pos().file()) && p.place() == wrong && p.text().equals(contentsWrong ? contents : title)) {
                out.accept(new Hit(Kind.WORD, contentsWrong ? "contents-title" : "title-contents", p, from, to,
                        right.substring(from, to)));
                return;
            }
        }
    }

    private static int count(String text, String s) {
        int n = 0;
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
            n++;
        }
        return n;
    }
}
