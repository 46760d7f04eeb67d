package org.issuepress.manuscript;

import org.issuepress.load.YamlWriter;

/** Writes a table in the format of tables/*.yaml (see issue-data/README.md). */
final class TableYaml {
    static final String SCHEMA = "# yaml-language-server: $schema=../../schema/table.schema.json\n";

    private TableYaml() {
    }

    static String write(TableData t, String source) {
        StringBuilder s = new StringBuilder(SCHEMA);
        s.append(YamlWriter.comment(source)).append('\n');
        s.append("title: ").append(YamlWriter.scalar(t.title())).append('\n');
        s.append("columns:\n");
        for (TableData.Column c : t.columns()) {
            s.append("  - name: ").append(YamlWriter.scalar(c.name())).append('\n');
            if (c.group() != null) {
                s.append("    group: ").append(YamlWriter.scalar(c.group())).append('\n');
            }
        }
        s.append("rows:\n");
        t.rows().forEach(r -> s.append("  - ").append(YamlWriter.cells(r)).append('\n'));
        if (t.total() != null) {
            s.append("total: ").append(YamlWriter.cells(t.total())).append('\n');
        }
        if (t.note() != null) {
            s.append("note: ").append(YamlWriter.scalar(t.note())).append('\n');
        }
        return s.toString();
    }
}
