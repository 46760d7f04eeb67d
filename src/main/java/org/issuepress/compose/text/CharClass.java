package org.issuepress.compose.text;

/**
 * How a character behaves in Chinese line composition (after clreq and GB/T 15834).
 * Full-width opening marks carry their blank half on the left, closing and pause marks on the
 * right; those halves are what punctuation compression takes away.
 */
enum CharClass {
    /** 汉字 and other full-width characters without special behaviour. */
    IDEOGRAPH,
    /** （《「『【〔〖“‘ and half-width ( [ : never at a line end. */
    OPEN,
    /** ）》」』】〕〗”’ and half-width ) ] : never at a line start. */
    CLOSE,
    /** ，。、；： and their half-width forms: never at a line start. */
    PAUSE,
    /** ？！ (ink centred, not compressed): never at a line start. */
    STOP,
    /** · and similar middle marks: never at a line start. */
    MIDDLE,
    /** — (pairs are kept together). */
    DASH,
    /** … (pairs are kept together, never at a line start). */
    ELLIPSIS,
    /** Latin letters, digits and what joins them inside a word (. , % + - / @ …). */
    LATIN,
    /** A space: a break opportunity in Latin text and titles. */
    SPACE;

    static CharClass of(int cp) {
        switch (cp) {
            case '（', '《', '「', '『', '【', '〔', '〖', '〈', '“', '‘', '(', '[', '{', '〘', '〚' -> {
                return OPEN;
            }
            case '）', '》', '」', '』', '】', '〕', '〗', '〉', '”', '’', ')', ']', '}', '〙', '〛' -> {
                return CLOSE;
            }
            case '，', '。', '、', '；', '：', '．', '｡', '､' -> {
                return PAUSE;
            }
            case '？', '！', '?', '!' -> {
                return STOP;
            }
            case '·', '・', '‧', '･' -> {
                return MIDDLE;
            }
            case '—', '―', '─' -> {
                return DASH;
            }
            case '…', '⋯' -> {
                return ELLIPSIS;
            }
            case ' ', '\u00A0', '\u3000' -> {
                return SPACE;
            }
            default -> {
                if (cp < 0x2E80 && (Character.isLetterOrDigit(cp) || isLatinJoiner(cp))) {
                    return LATIN;
                }
                if (cp >= 0xFF10 && cp <= 0xFF5A && Character.isLetterOrDigit(cp)) {
                    return IDEOGRAPH; // full-width letters and digits set like ideographs
                }
                return cp < 0x2E80 && !Character.isIdeographic(cp) ? LATIN : IDEOGRAPH;
            }
        }
    }

    /** Marks that belong inside a Latin word or number: 9.6 / 50% / N+2 / 0371-67170759 / a@b.com. */
    static boolean isLatinJoiner(int cp) {
        return ".,:;%+-/@&_'#*=~<>$°℃".indexOf(cp) >= 0;
    }

    /** May this class begin a line? */
    boolean mayStartLine() {
        return this != CLOSE && this != PAUSE && this != STOP && this != MIDDLE && this != ELLIPSIS;
    }

    /** May this class end a line? */
    boolean mayEndLine() {
        return this != OPEN;
    }

    boolean isPunctuation() {
        return this == OPEN || this == CLOSE || this == PAUSE || this == STOP || this == MIDDLE;
    }
}
