package org.issuepress.reflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.issuepress.model.Table;
import org.issuepress.reflow.EpubViews.CellView;
import org.issuepress.reflow.EpubViews.TableView;

/**
 * A table as a real table: columns sharing a group get one header cell spanning them (scope
 * colgroup, over a {@code <colgroup>}) above their own names, the other columns' heads span
 * both header rows; each row is headed by its first cell (scope row); the total row (合计)
 * goes to the table's foot.
 */
final class TableViews {
    /** Neighbouring columns of one group, or one column of none. */
    private record Group(String name, List<Table.Column> columns) {
    }

    private TableViews() {
    }

    static TableView of(Table t) {
        List<Group> groups = groups(t);
        boolean grouped = t.hasGroups();
        List<CellView> top = new ArrayList<>();
        List<CellView> names = new ArrayList<>();
        for (Group g : groups) {
            if (g.name() == null) {
                top.add(new CellView(g.columns().get(0).name(), "col", 1, grouped ? 2 : 1, false));
                continue;
            }
            top.add(new CellView(g.name(), "colgroup", g.columns().size(), 1, false));
            g.columns().forEach(c -> names.add(new CellView(c.name(), "col", 1, 1, false)));
        }
        List<List<CellView>> head = names.isEmpty() ? List.of(top) : List.of(top, names);
        List<List<CellView>> body = t.rows().stream().map(TableViews::row).toList();
        return new TableView(t.title(), groups.stream().map(g -> g.columns().size()).toList(), head, body,
                t.total() == null ? null : row(t.total()), t.note());
    }

    private static List<Group> groups(Table t) {
        List<Group> groups = new ArrayList<>();
        for (Table.Column c : t.columns()) {
            Group last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (c.group() != null && last != null && Objects.equals(last.name(), c.group())) {
                last.columns().add(c);
            } else {
                groups.add(new Group(c.group(), new ArrayList<>(List.of(c))));
            }
        }
        return groups;
    }

    private static List<CellView> row(Table.Row r) {
        List<CellView> cells = new ArrayList<>();
        for (int i = 0; i < r.cells().size(); i++) {
            Table.Cell c = r.cells().get(i);
            cells.add(new CellView(c.text(), i == 0 ? "row" : null, 1, 1, c.isNumber()));
        }
        return cells;
    }
}
