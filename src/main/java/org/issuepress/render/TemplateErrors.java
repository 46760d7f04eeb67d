package org.issuepress.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.EditorErrors;
import org.issuepress.diag.Severity;
import org.issuepress.diag.SourcePos;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A designer's mistake in templates/ as a diagnostic at the template file, line and column,
 * never as Thymeleaf's or the XML parser's exception: each template must be XML on its own
 * (a broken tag is found at its line in the template, not in a page made from it), and what
 * Thymeleaf refuses is reported where it says.
 */
final class TemplateErrors {
    private TemplateErrors() {
    }

    /** Every template of the pages parses as XML (serve/ is the preview's HTML, not run here). */
    static void checkWellFormed(Path templates) {
        List<Path> files;
        try (Stream<Path> all = Files.walk(templates)) {
            files = all.filter(f -> f.toString().endsWith(".html") && !templates.relativize(f).startsWith("serve")).sorted().toList();
        } catch (IOException e) {
            return; // a missing folder is reported when the design is read
        }
        for (Path f : files) {
            try {
                parser().parse(f.toFile(), new DefaultHandler());
            } catch (SAXParseException e) {
                throw EditorErrors.of(Diagnostic.of(Severity.ERROR, "template-xml",
                        new SourcePos(f.toString(), Math.max(0, e.getLineNumber()), Math.max(0, e.getColumnNumber())),
                        String.valueOf(e.getMessage())));
            } catch (SAXException | IOException e) {
                throw EditorErrors.of(Diagnostic.of(Severity.ERROR, "template-xml", SourcePos.file(f.toString()),
                        String.valueOf(e.getMessage())));
            }
        }
    }

    private static javax.xml.parsers.SAXParser parser() throws SAXException {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            // a template names no DTD or entity: none is fetched or expanded
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newSAXParser();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Thymeleaf's exception, found in {@code e}'s causes, as the designer's error at its template; else {@code e} itself. */
    static RuntimeException ofThymeleaf(RuntimeException e, Path templates) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TemplateProcessingException tp) {
                String name = tp.hasTemplateName() ? tp.getTemplateName() : "page";
                Path file = templates.resolve(name.contains(".") ? name : name + ".html");
                SourcePos pos = tp.hasLineAndCol() ? new SourcePos(file.toString(), tp.getLine(), tp.getCol())
                        : SourcePos.file(file.toString());
                // the message without the location Thymeleaf appends (it is in the position)
                String what = String.valueOf(tp.getMessage()).replaceFirst("\\s*\\(template: .*\\)\\s*$", "");
                return EditorErrors.of(Diagnostic.of(Severity.ERROR, "template-error", pos, what));
            }
        }
        return e;
    }

    /**
     * A page the templates made that is not XML (markup from a th:utext, say): the parser's
     * words, at the page template; else {@code e} itself (not the designer's).
     */
    static RuntimeException ofPage(RuntimeException e, Path templates) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SAXParseException sp) {
                return EditorErrors.of(Diagnostic.of(Severity.ERROR, "template-page-xml",
                        SourcePos.file(templates.resolve("page.html").toString()), String.valueOf(sp.getMessage())));
            }
        }
        return e;
    }
}
