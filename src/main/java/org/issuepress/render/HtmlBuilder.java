package org.issuepress.render;

import java.nio.file.Path;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/** Runs the Thymeleaf templates of the templates folder: the issue document and its style sheet. */
final class HtmlBuilder {
    private final TemplateEngine xml;
    private final TemplateEngine css;

    HtmlBuilder(Path templates) {
        this.xml = engine(templates, TemplateMode.XML, ".html");
        this.css = engine(templates, TemplateMode.CSS, "");
    }

    private static TemplateEngine engine(Path dir, TemplateMode mode, String suffix) {
        FileTemplateResolver r = new FileTemplateResolver();
        r.setPrefix(dir.toAbsolutePath() + "/");
        r.setSuffix(suffix);
        r.setTemplateMode(mode);
        r.setCharacterEncoding("UTF-8");
        r.setCacheable(true); // one builder per build: page fragments are parsed once per build
        TemplateEngine e = new TemplateEngine();
        e.setTemplateResolver(r);
        return e;
    }

    String css(Map<String, Object> vars) {
        return css.process("issue.css", new Context(java.util.Locale.ROOT, vars));
    }

    /** One page's document; {@code vars} holds the issue-wide values, {@code page} the page. */
    String page(Map<String, Object> vars, Views.PageView page) {
        Context ctx = new Context(java.util.Locale.ROOT, vars);
        ctx.setVariable("p", page);
        return xml.process("page", ctx);
    }
}
