package org.issuepress.load;

import java.time.Month;
import java.time.Year;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Severity;
import org.issuepress.diag.SourcePos;

/**
 * The dates a timeline entry starts with are printed set apart as its heading, so a typing
 * slip (13月, 2月30日) would be printed as a fact: each month and day is checked, February
 * against the year when the date gives one.
 */
final class TimelineDates {
    private static final Pattern START = Pattern.compile("^(?:(\\d{4})年)?(\\d{1,2})月(?:(\\d{1,2})日?)?");
    private static final Pattern END = Pattern.compile("[—\\-至~～]\\s*(?:(\\d{1,2})月)?(\\d{1,2})");

    private TimelineDates() {
    }

    /** Reports the first impossible month or day in {@code date} (as matched at the entry's start); true when it is fine. */
    static boolean check(String date, SourcePos at, Diagnostics out) {
        Matcher s = START.matcher(date);
        if (!s.find()) {
            return true;
        }
        Integer year = s.group(1) == null ? null : Integer.valueOf(s.group(1));
        int month = Integer.parseInt(s.group(2));
        if (!valid(date, year, month, s.group(3), at, out)) {
            return false;
        }
        Matcher e = END.matcher(date);
        if (e.find(s.end())) {
            int endMonth = e.group(1) == null ? month : Integer.parseInt(e.group(1));
            return valid(date, year, endMonth, e.group(2), at, out);
        }
        return true;
    }

    private static boolean valid(String date, Integer year, int month, String day, SourcePos at, Diagnostics out) {
        if (month < 1 || month > 12) {
            out.report(Severity.ERROR, "timeline-month", at, date, String.valueOf(month));
            return false;
        }
        if (day == null) {
            return true;
        }
        int d = Integer.parseInt(day);
        int days = year == null ? Month.of(month).maxLength() : Month.of(month).length(Year.isLeap(year));
        if (d < 1 || d > days) {
            if (year == null || month != 2) {
                out.report(Severity.ERROR, "timeline-day", at, date, String.valueOf(month), String.valueOf(days));
            } else {
                out.report(Severity.ERROR, "timeline-day.february", at, date, String.valueOf(year), String.valueOf(days));
            }
            return false;
        }
        return true;
    }
}
