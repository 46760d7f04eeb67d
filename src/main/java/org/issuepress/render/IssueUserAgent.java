package org.issuepress.render;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.resource.CSSResource;

/**
 * Hands Flying Saucer the issue's style sheet, made from the templates for this build, under
 * one name: every page document links it, so it is parsed once for all pages instead of once
 * per page (Flying Saucer keeps linked style sheets between documents, not inline ones).
 */
final class IssueUserAgent extends ITextUserAgent {
    static final String STYLESHEET = "issue-press-generated.css";
    private final byte[] css;

    IssueUserAgent(ITextOutputDevice device, int dotsPerPixel, String css) {
        super(device, dotsPerPixel);
        this.css = css.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public CSSResource getCSSResource(String uri) {
        if (uri != null && (uri.equals(STYLESHEET) || uri.endsWith("/" + STYLESHEET))) {
            return new CSSResource(new ByteArrayInputStream(css));
        }
        return super.getCSSResource(uri);
    }
}
