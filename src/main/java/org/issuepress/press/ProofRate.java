package org.issuepress.press;

import java.util.Map;
import org.issuepress.compose.ComposedIssue;
import org.issuepress.diag.Phrase;
import org.issuepress.proof.ErrorRate;
import org.issuepress.proof.Kind;

/**
 * The issue's 编校差错率 once its pages are known (the characters checked are counted by pages):
 * for check's summary, preflight.txt/json and the preview.
 */
public final class ProofRate {
    private ProofRate() {
    }

    public static ErrorRate of(Loaded l, ComposedIssue composed) {
        int inside = composed.insidePages().size();
        return ErrorRate.of(l.proof(), (int) Math.floor(l.design().measure()), l.design().page().lines(), inside,
                composed.pages().size() - inside);
    }

    /** The sentence: errors, characters, the rate against 万分之二, 出版形式, per kind. */
    public static Phrase sentence(Loaded l, ErrorRate r) {
        Map<Kind, Integer> n = l.proof().counts();
        return Phrase.of("proof.rate", r.errorsText(), String.valueOf(r.charsChecked()), r.perTenThousand(),
                Phrase.of(r.rate() <= ErrorRate.LIMIT ? "proof.rate.pass" : "proof.rate.fail"), String.valueOf(r.formErrors()),
                String.valueOf(n.get(Kind.PUNCT)), String.valueOf(n.get(Kind.NUMBER)), String.valueOf(n.get(Kind.WORD)));
    }
}
