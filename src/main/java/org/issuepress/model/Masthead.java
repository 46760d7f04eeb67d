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

        /**
         * The names as a masthead sets them: a two-character name takes three characters'
         * width with a full-width space in the middle (董　锐), so names line up in columns.
         */
        public List<String> aligned() {
            return names.stream().map(Entry::threeWide).toList();
        }

        private static String threeWide(String name) {
            boolean twoHan = name.codePointCount(0, name.length()) == 2 && name.codePoints().allMatch(Character::isIdeographic);
            return twoHan ? name.substring(0, name.offsetByCodePoints(0, 1)) + '\u3000' + name.substring(name.offsetByCodePoints(0, 1)) : name;
        }
    }

    public Masthead {
        committee = List.copyOf(committee);
        staff = List.copyOf(staff);
        imprint = List.copyOf(imprint);
    }
}
