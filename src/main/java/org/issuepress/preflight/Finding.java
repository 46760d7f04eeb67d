package org.issuepress.preflight;

import java.nio.file.Path;
import java.util.List;
import org.issuepress.diag.Lang;
import org.issuepress.diag.Messages;
import org.issuepress.diag.PageName;
import org.issuepress.diag.Phrase;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Severity;
import org.issuepress.diag.SourcePos;

/**
 * One thing preflight found in a PDF: on which page (1-based, 0 for the whole file), in
 * which object (text, rule, image, font …), what is wrong and what to do; {@code source}
 * points back to the issue's files when the PDF tells (placeholders do), named inside the
 * issue folder as the PDF and the report name it. The words are
 * catalogue keys {@code preflight.<key>} and {@code preflight.<key>.hint}, worded when shown;
 * the code is the key up to its first dot. {@code folio} is the page's printed number (its page label), if any; {@code about} the object, a String or a {@link Phrase}.
 */
public record Finding(Severity severity, String key, String file, int page, String folio, Object about,
                      List<Object> args, SourcePos source) {

    public Finding {
        args = List.copyOf(args);
    }

    public String code() {
        return Diagnostic.codeOf(key);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public String message() {
        return message(Messages.lang());
    }

    public String message(Lang l) {
        return Messages.text(l, "preflight." + key, args.toArray());
    }

    public String hint() {
        return hint(Messages.lang());
    }

    public String hint(Lang l) {
        return Messages.optional(l, "preflight." + key + ".hint", args.toArray());
    }

    /** The object the finding is about (text, rule, image, font …); null when it is the whole file or page. */
    public String object() {
        return object(Messages.lang());
    }

    public String object(Lang l) {
        return about instanceof Phrase p ? p.text(l) : about == null ? null : about.toString();
    }

    /** The page as printer and preview name it: "p. 12 (PDF page 14)", or the PDF page alone. */
    public String where(Lang l) {
        return PageName.of(page, folio, l);
    }

    /** As the report says it. */
    public String format(Lang l) {
        return format(l, source);
    }

    /** As the terminal says it: the source named as messages name files, {@code folder} being the issue's. */
    public String format(Path folder) {
        return format(Messages.lang(), source == null ? null : source.fromIssue(folder));
    }

    private String format(Lang l, SourcePos source) {
        StringBuilder s = new StringBuilder(file);
        if (page > 0) {
            s.append(' ').append(where(l));
        }
        s.append(": ").append(severity.label(l)).append(": ").append(message(l));
        String o = object(l);
        if (o != null) {
            s.append(" [").append(o).append(']');
        }
        String h = hint(l);
        if (h != null) {
            s.append(Messages.text(l, "diag.then")).append(h);
        }
        if (source != null) {
            s.append(" (").append(source).append(')');
        }
        return org.issuepress.diag.Printable.escape(s.toString()); // names read from a PDF must not fake a line
    }
}
