package org.issuepress.compose.text;

import java.util.ArrayList;
import java.util.List;
import org.issuepress.model.RichText;

/**
 * Cuts styled text into {@link Unit}s: characters, Latin words, kept-together dashes and
 * ellipses, spaces; gives full-width punctuation its blank halves and applies the
 * compression of adjacent marks (clreq: of two neighbouring blank halves, one goes).
 */
final class Segmenter {
    private static final double FULL = 1.0;
    private static final double HALF = 0.5;

    private Segmenter() {
    }

    static List<Unit> units(RichText text, RunStyle plain, RunStyle bold) {
        List<Unit> units = new ArrayList<>();
        for (RichText.Span span : text.spans()) {
            cut(span.text(), span.bold() ? bold : plain, units);
        }
        compressAdjacent(units);
        return units;
    }

    static List<Unit> units(String text, RunStyle style) {
        return units(RichText.plain(text), style, style);
    }

    private static void cut(String s, RunStyle st, List<Unit> out) {
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            CharClass cls = CharClass.of(cp);
            int j = i + Character.charCount(cp);
            switch (cls) {
                case LATIN -> {
                    while (j < s.length() && CharClass.of(s.codePointAt(j)) == CharClass.LATIN) {
                        j += Character.charCount(s.codePointAt(j));
                    }
                    latin(s.substring(i, j), st, out);
                }
                case DASH, ELLIPSIS -> {
                    while (j < s.length() && s.codePointAt(j) == cp) {
                        j += Character.charCount(cp);
                    }
                    int n = s.codePointCount(i, j);
                    out.add(new Unit(s.substring(i, j), cls, st.face(), st.size(), st.colour(),
                            n * st.size() * FULL, 0, 0, 0));
                }
                default -> out.add(single(cp, cls, st));
            }
            i = j;
        }
    }

    /** A Latin run is one word; a run of joiners alone (",", ":" between Chinese) is half-width punctuation. */
    private static void latin(String run, RunStyle st, List<Unit> out) {
        boolean hasWordChar = run.codePoints().anyMatch(Character::isLetterOrDigit);
        if (hasWordChar) {
            out.add(new Unit(run, CharClass.LATIN, st.face(), st.size(), st.colour(),
                    st.face().width(run, st.size()), 0, 0, 0));
            return;
        }
        run.codePoints().forEach(cp -> {
            CharClass cls = "<".indexOf(cp) >= 0 ? CharClass.OPEN : CharClass.PAUSE;
            out.add(new Unit(new String(Character.toChars(cp)), cls, st.face(), st.size(), st.colour(),
                    st.face().advance(cp, st.size()), 0, 0, 0));
        });
    }

    private static Unit single(int cp, CharClass cls, RunStyle st) {
        String t = new String(Character.toChars(cp));
        double em = st.size();
        double adv = st.face().advance(cp, em);
        boolean fullWidthMark = cp >= 0x2000 && (cls == CharClass.OPEN || cls == CharClass.CLOSE || cls == CharClass.PAUSE);
        if (fullWidthMark) {
            // Some fonts (LXGW WenKai) give “” proportional glyphs: pad them to a full em on
            // the side facing away from the text, as a full-width mark would be.
            double shift = adv < 0.6 * em && cls == CharClass.OPEN ? em - adv : 0;
            double width = Math.max(adv, em);
            return cls == CharClass.OPEN
                    ? new Unit(t, cls, st.face(), em, st.colour(), width, width * HALF, 0, shift)
                    : new Unit(t, cls, st.face(), em, st.colour(), width, 0, width * HALF, 0);
        }
        if (cls == CharClass.MIDDLE) {
            double width = Math.max(adv, em * HALF);
            return new Unit(t, cls, st.face(), em, st.colour(), width, 0, 0, (width - adv) / 2);
        }
        if (cls == CharClass.SPACE && cp == 0x3000) {
            return new Unit(t, cls, st.face(), em, st.colour(), em, 0, 0, 0);
        }
        return new Unit(t, cls, st.face(), em, st.colour(), adv, 0, 0, 0);
    }

    /** 。” ）， 《“ …: of the two blank halves between neighbouring marks only one stays. */
    private static void compressAdjacent(List<Unit> units) {
        for (int i = 0; i + 1 < units.size(); i++) {
            Unit a = units.get(i);
            Unit b = units.get(i + 1);
            if (!b.cls.isPunctuation() || !a.cls.isPunctuation()) {
                continue;
            }
            if (a.blankRight > 0) {
                a.trimRight = a.blankRight;
            } else if (b.blankLeft > 0 && a.cls == CharClass.OPEN) {
                b.trimLeft = b.blankLeft;
            }
        }
    }
}
