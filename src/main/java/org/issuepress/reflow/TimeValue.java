package org.issuepress.reflow;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A timeline date as HTML's {@code <time datetime>} wants it: 2016年3月21日 → 2016-03-21,
 * 3月 under the year head 2016年 → 2016-03; a range (3月21日—23日) by its first day.
 */
final class TimeValue {
    private static final Pattern DATE = Pattern.compile("^(?:(\\d{4})年)?(?:(\\d{1,2})月(?:(\\d{1,2})日?)?)?");

    private TimeValue() {
    }

    /** @param year the year of the timeline's last year head, or null; @return null when there is no year to give */
    static String of(String date, String year) {
        if (date == null) {
            return null;
        }
        Matcher m = DATE.matcher(date.strip());
        if (!m.find()) {
            return null;
        }
        String y = m.group(1) != null ? m.group(1) : year;
        if (y == null) {
            return null;
        }
        if (m.group(2) == null) {
            return y;
        }
        String ym = y + "-" + String.format(Locale.ROOT, "%02d", Integer.parseInt(m.group(2)));
        return m.group(3) == null ? ym : ym + "-" + String.format(Locale.ROOT, "%02d", Integer.parseInt(m.group(3)));
    }
}
