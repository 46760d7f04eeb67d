package org.issuepress.load;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Severity;
import org.issuepress.diag.SourcePos;

/**
 * Lines an editor meant as a photo, table or chart mark but wrote so that the parser would
 * take them for a paragraph: brackets typed with a Chinese input method (【图】, ［表］), a
 * word of their own ([图片], [照片], [表格], [image]) or a missing ']'. Printing such a line
 * as text would put "[图片] 说明" on the page, so each is an error. A line that starts with a
 * bracket around anything else ([审郑州连]00013号…) stays a paragraph.
 */
final class MisspeltMarks {
    private static final Pattern BRACKETED = Pattern.compile("^([\\[【［〔])\\s*([^\\]】］〕\\s]{1,12})((?:\\s+[^\\]】］〕]*)?)([\\]】］〕])");
    private static final Pattern UNCLOSED = Pattern.compile("^\\[(图表|图|表)(\\s.*)?$");
    private static final Pattern MEANT_PHOTO = Pattern.compile("图片|照片|图像|相片|插图|配图|image|img|photo|picture|pic|figure|fig");
    private static final Pattern MEANT_TABLE = Pattern.compile("表格|数据表|table");
    private static final Pattern MEANT_CHART = Pattern.compile("图表|统计图|chart|graph");

    private MisspeltMarks() {
    }

    /** @return true when the line is a miswritten mark (then reported) */
    static boolean report(String line, SourcePos pos, Diagnostics out) {
        Matcher b = BRACKETED.matcher(line);
        if (b.find()) {
            String word = b.group(2);
            String meant = meant(word);
            if (meant == null) {
                return false;
            }
            String args = b.group(3).strip();
            String fixed = "[" + meant + (args.isEmpty() ? "" : " " + args) + "]";
            boolean halfWidth = b.group(1).equals("[") && b.group(4).equals("]");
            if (halfWidth) {
                out.report(Severity.ERROR, "body-unknown-mark", pos, word, fixed);
            } else {
                out.report(Severity.ERROR, "body-unknown-mark.full-width", pos, b.group(1) + word + b.group(4), fixed);
            }
            return true;
        }
        Matcher u = UNCLOSED.matcher(line);
        if (u.matches()) {
            out.report(Severity.ERROR, u.group(1).equals("图") ? "body-unclosed-mark.figure" : "body-unclosed-mark", pos, u.group(1));
            return true;
        }
        return false;
    }

    /** The mark a word stands for: 图, 表 or 图表; null when it does not look like a mark. */
    private static String meant(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals("图") || w.equals("表") || w.equals("图表")) {
            return w;
        }
        if (MEANT_CHART.matcher(w).matches()) {
            return "图表";
        }
        if (MEANT_TABLE.matcher(w).matches()) {
            return "表";
        }
        if (MEANT_PHOTO.matcher(w).matches()) {
            return "图";
        }
        return null;
    }
}
