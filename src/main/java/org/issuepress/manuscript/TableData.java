package org.issuepress.manuscript;

import java.util.List;

/** A table as it will be written to tables/*.yaml: the shape of load's TableFile. */
record TableData(String title, List<Column> columns, List<List<String>> rows, List<String> total, String note) {

    record Column(String name, String group) {
    }

    TableData withTitle(String t) {
        return new TableData(t, columns, rows, total, note);
    }

    TableData withNote(String n) {
        return new TableData(title, columns, rows, total, n);
    }

    /** The first cell of a 合计 row, as manuscripts write it (also 总计, with spaces: 合　计). */
    static boolean isTotal(List<String> row) {
        return !row.isEmpty() && row.get(0).replaceAll("[\\s\u3000]", "").matches("合计|总计");
    }

    /** A line printed under a table: its unit, its source or a note (单位：…, 资料来源：…, 注：…). */
    static boolean isNote(String text) {
        return text.strip().matches("^(单位|注|资料来源|数据来源|来源|说明)[:：].*");
    }

    /** Thousands separators are dropped from numbers (the checks add 9653, not 9,653); nothing else changes. */
    static String cell(String text) {
        String s = text.strip();
        return s.matches("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?") ? s.replace(",", "") : s;
    }
}
