package org.issuepress.proof;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Severity;
import org.issuepress.model.Issue;

/**
 * The proofreading stage: reads the loaded issue's text and reports what a proofreader would
 * mark, each a warning at the character's file:line:col with the form to write and the rule
 * (catalogue keys {@code proof-punct.*}, {@code proof-number.*}, {@code proof-word.*},
 * {@code proof-form.*}). Nothing is changed: the editors decide, and keep a deliberate form
 * in accepted.yaml like any warning. Precision before recall: a rule reports only what its
 * standard makes certain, since a list that cries wolf is not read.
 */
public final class Proofreader {
    private static final int AROUND = 4;
    private static final List<Rule> RULES = List.of(new PunctuationRules(), new NumberRules(), new WordRules());

    private Proofreader() {
    }

    /** Reports the issue's findings to {@code d}; what the 差错率 counts comes back. */
    public static ProofReport read(Issue issue, Diagnostics d) {
        List<Passage> passages = Passages.of(issue);
        List<Hit> hits = hits(passages);
        Consumer<Hit> out = hits::add;
        issue.articles().forEach(a -> TitleRules.check(a, passages, out));
        FormRules.check(issue, passages, out);
        List<Hit> counted = new ArrayList<>();
        for (Hit h : hits) {
            Diagnostic diag = diagnostic(h);
            d.report(diag);
            if (!d.accepted().contains(diag)) {
                counted.add(h);
            }
        }
        return new ProofReport(counted, passages.stream().mapToInt(p -> p.text().length()).sum());
    }

    /** What the passage rules find in these passages, in order. */
    static List<Hit> hits(List<Passage> passages) {
        List<Hit> hits = new ArrayList<>();
        for (Passage p : passages) {
            for (Rule r : RULES) {
                r.check(p, hits::add);
            }
        }
        return hits;
    }

    static Diagnostic diagnostic(Hit h) {
        String t = h.passage().text();
        String around = t.substring(Math.max(0, h.start() - AROUND), Math.min(t.length(), h.end() + AROUND));
        return Diagnostic.of(Severity.WARNING, h.kind().code() + "." + h.rule(), h.passage().at(h.start()),
                around, h.found(), h.suggested() == null ? "" : h.suggested());
    }
}
