package org.issuepress.render;

import org.xhtmlrenderer.context.StyleReference;
import org.xhtmlrenderer.extend.UserAgentCallback;

/**
 * Flying Saucer's style sheets for one render: parsed once, kept for every page document.
 * Its default configuration (xr.cache.stylesheets=false) throws all parsed sheets away before
 * each document, which made it parse the and its own default style sheet again for
 * every page — a fifth of rendering. Within one render the style sheets cannot change.
 */
final class BuildStyles extends StyleReference {
    BuildStyles(UserAgentCallback userAgent) {
        super(userAgent);
        setSupportCMYKColors(true); // as ITextOutputDevice sets on the reference it replaces
    }

    @Override
    public void flushAllStyleSheets() {
        // kept: the factory's own LRU cache bounds what accumulates (one inline @page rule per page)
    }
}
