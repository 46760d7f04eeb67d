package org.issuepress.reflow;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.issuepress.diag.Lang;
import org.issuepress.diag.Messages;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Runs the templates of templates/epub/ or templates/wechat/. Thymeleaf picks the mode by the
 * file's extension: the .xhtml and .html documents run in its HTML mode (which writes them as
 * they are written, Chinese as is), the package (.opf) in XML mode as configured here (which
 * writes Chinese as character references: valid, and only in that one file); the style
 * sheet as CSS.
 */
final class EpubTemplates {
    /** The catalogue's words in the book's language, for the templates ({@code words.t('epub.contents')}). */
    public static final class Words {
        private final Lang lang;

        Words(Lang lang) {
            this.lang = lang;
        }

        public String t(String key) {
            return Messages.text(lang, key);
        }
    }

    private static final java.util.regex.Pattern BLANK_LINES = java.util.regex.Pattern.compile("\\n(?:[ \\t]*\\n)+");

    private final TemplateEngine xml;
    private final TemplateEngine css;

    /** @param folder the folder of templates/ they are in: epub, wechat */
    EpubTemplates(Path templates, String folder) {
        this.xml = engine(templates.resolve(folder), TemplateMode.XML);
        this.css = engine(templates.resolve(folder), TemplateMode.CSS);
    }

    private static TemplateEngine engine(Path dir, TemplateMode mode) {
        FileTemplateResolver r = new FileTemplateResolver();
        r.setPrefix(dir.toAbsolutePath() + "/");
        r.setTemplateMode(mode);
        r.setCharacterEncoding("UTF-8");
        r.setCacheable(true);
        TemplateEngine e = new TemplateEngine();
        e.setTemplateResolver(r);
        return e;
    }

    /**
     * @param template a file of templates/epub/
     * @return the document without the empty lines the templates' conditionals leave (no
     *         element of the book keeps its white space: there is no {@code <pre>})
     */
    String xml(String template, Map<String, Object> vars) {
        return BLANK_LINES.matcher(xml.process(template, new Context(Locale.ROOT, vars))).replaceAll("\n");
    }

    String css(String template, Map<String, Object> vars) {
        return css.process(template, new Context(Locale.ROOT, vars));
    }
}
