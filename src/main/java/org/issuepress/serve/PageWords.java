package org.issuepress.serve;

import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.issuepress.diag.Lang;
import org.issuepress.diag.Messages;

/**
 * The preview page's own words (buttons, labels, its messages) in the tool's language: the
 * catalogue's {@code page.*} entries, handed to the page as JSON; serve.js fills in {0} … itself.
 */
final class PageWords {
    static final String PREFIX = "page.";

    private PageWords() {
    }

    /** {@code lang} and every {@code page.*} pattern, without the prefix. */
    static Map<String, String> of() {
        Lang l = Messages.lang();
        ResourceBundle b = Messages.bundle(l);
        Map<String, String> out = new TreeMap<>();
        for (String k : b.keySet()) {
            if (k.startsWith(PREFIX)) {
                // MessageFormat's doubled apostrophe, undone: the page fills in arguments by itself
                out.put(k.substring(PREFIX.length()), b.getString(k).replace("''", "'"));
            }
        }
        out.put("lang", l == Lang.ZH ? "zh-CN" : "en");
        return out;
    }
}
