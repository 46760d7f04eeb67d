package org.issuepress.model;

import java.util.List;

/** The colophon: editorial board, staff and the imprint lines (主管单位 … 印数). */
public record Masthead(List<Entry> committee, List<Entry> staff, List<Entry> imprint) {

    /** A role and the people or text printed after it. */
    public record Entry(String role, List<String> names) {
        public Entry {
            names = List.copyOf(names);
        }

        public String joined() {
            return String.join(" ", names);
        }
    }

    public Masthead {
        committee = List.copyOf(committee);
        staff = List.copyOf(staff);
        imprint = List.copyOf(imprint);
    }
}
