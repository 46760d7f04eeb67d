package org.issuepress.fonts;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.issuepress.design.Design;
import org.issuepress.design.FontFile;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Severity;
import org.issuepress.diag.SourcePos;

/**
 * The design's fonts, loaded from the fonts folder. Parsing a CJK font takes a while, so a
 * font file is parsed once per process and shared by every build (the preview server
 * rebuilds many times).
 */
public final class FontSet {
    private static final Map<Path, BaseFont> LOADED = new ConcurrentHashMap<>();
    private final Map<String, Face> faces;

    private FontSet(Map<String, Face> faces) {
        this.faces = faces;
    }

    /** Loads every font the design names; a missing or unreadable file is an error. */
    public static FontSet load(Design design, Path fontsDir, Diagnostics out) {
        Map<String, Face> faces = new LinkedHashMap<>();
        for (Map.Entry<String, FontFile> e : design.fonts().entrySet()) {
            Path file = fontsDir.resolve(e.getValue().file()).toAbsolutePath().normalize();
            if (!Files.isRegularFile(file)) {
                out.report(Severity.ERROR, "font-missing", SourcePos.file(file.toString()), e.getValue().file());
                continue;
            }
            try {
                BaseFont bf = LOADED.computeIfAbsent(file, FontSet::parse);
                faces.put(e.getKey(), new Face(e.getKey(), bf, file, e.getValue().css(), e.getValue().weight()));
            } catch (RuntimeException ex) {
                // OpenPDF says "null" or "Position out of bounds" for an empty or cut-short file:
                // name the file and the design's role instead
                out.report(Severity.ERROR, length(file) == 0 ? "font-empty" : "font-damaged", SourcePos.file(file.toString()),
                        e.getKey(), e.getValue().file(), String.valueOf(length(file) / 1024));
            }
        }
        out.throwIfErrors();
        return new FontSet(Collections.unmodifiableMap(faces));
    }

    private static BaseFont parse(Path file) {
        try {
            // the font's subset is cut from its bytes in memory: from the file, OpenPDF reads a
            // TrueType font's glyph locations four bytes per system call and an OpenType font's
            // whole CFF table again for every PDF written (the preview writes one for every edit)
            byte[] bytes = Files.readAllBytes(file);
            return BaseFont.createFont(file.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static long length(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    public Face face(String role) {
        Face f = faces.get(role);
        if (f == null) {
            throw new IllegalArgumentException("no font for role '" + role + "'");
        }
        return f;
    }

    public Map<String, Face> faces() {
        return faces;
    }
}
