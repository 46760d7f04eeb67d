package org.issuepress.preflight;

import java.io.IOException;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Whether a CID font has a glyph for a code, remembered per font for the pages of one
 * document: PDFBox maps a code through Identity-H by walking its 256 ranges, which took a
 * third of preflight's time when asked for every glyph shown.
 */
final class GlyphPresence {
    private final Map<PDType0Font, BitSet> present = new IdentityHashMap<>();

    boolean has(PDType0Font font, int code) throws IOException {
        BitSet known = present.computeIfAbsent(font, f -> new BitSet());
        if (code >= 0 && known.get(code)) {
            return true;
        }
        boolean has = font.codeToGID(code) != 0;
        if (has && code >= 0) {
            known.set(code);
        }
        return has;
    }
}
