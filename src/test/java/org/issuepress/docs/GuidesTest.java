package org.issuepress.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.issuepress.load.SchemaWriter;
import org.issuepress.support.TestFonts;
import org.junit.jupiter.api.Test;

/**
 * The editors' guides — issue-data/README.md and its Chinese twin README.zh.md — document
 * exactly the keys the data files may have: the schemas made from the records now (not the
 * committed files, so a key added to a record fails here at once), every key in both
 * guides, none that no longer exists; and the two guides agree on which values change every
 * issue, on the marks of the body and on the commands.
 */
class GuidesTest {
    static final Path EN = TestFonts.ROOT.resolve("issue-data/README.md");
    static final Path ZH = TestFonts.ROOT.resolve("issue-data/README.zh.md");
    /** Schema file → the name of its table in the guides. */
    static final Map<String, String> TABLES = Map.of("issue.schema.json", "issue", "article.schema.json", "article",
            "table.schema.json", "table", "chart.schema.json", "chart");

    @Test
    void bothGuidesDocumentEveryKeyOfEveryFileAndNoOther() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> schema : SchemaWriter.all().entrySet()) {
            String table = TABLES.get(schema.getKey());
            assertTrue(table != null, "a schema the guides have no table for: " + schema.getKey());
            Set<String> keys = GuideTables.schemaKeys(schema.getValue());
            for (Path guide : List.of(EN, ZH)) {
                problems.addAll(differences(keys, GuideTables.rows(Files.readString(guide), "keys: " + table).keySet(),
                        TestFonts.ROOT.relativize(guide) + ", table 'keys: " + table + "'"));
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void bothGuidesSayWhichValuesChangeEveryIssue() throws IOException {
        Map<String, List<String>> en = GuideTables.rows(Files.readString(EN), "keys: issue");
        Map<String, List<String>> zh = GuideTables.rows(Files.readString(ZH), "keys: issue");
        List<String> differ = new ArrayList<>();
        en.forEach((key, cells) -> {
            if (zh.containsKey(key) && !GuideTables.change(cells).equals(GuideTables.change(zh.get(key)))) {
                differ.add(key + ": '" + GuideTables.change(cells) + "' in README.md, '" + GuideTables.change(zh.get(key))
                        + "' in README.zh.md");
            }
        });
        assertTrue(differ.isEmpty(), "● (every issue) and ○ (check) differ between the guides:\n" + String.join("\n", differ));
        assertTrue(en.values().stream().filter(c -> GuideTables.change(c).equals("●")).count() >= 5,
                "the guide marks the values that change every issue with ●");
    }

    @Test
    void bothGuidesListTheSameMarksAndCommands() throws IOException {
        for (String table : List.of("marks", "commands")) {
            Set<String> en = marks(GuideTables.rows(Files.readString(EN), table).keySet());
            Set<String> zh = marks(GuideTables.rows(Files.readString(ZH), table).keySet());
            assertEquals(en, zh, "the table '" + table + "' of README.md and of README.zh.md name different "
                    + (table.equals("marks") ? "marks" : "commands"));
        }
    }

    @Test
    void aKeyMissingFromAGuideOrLeftOverInItIsFound() {
        String guide = """
                <!-- keys: issue -->
                | key | changes |
                |---|---|
                | `id` | ● every issue |
                | `cover` | ● |
                | `old_key` | |
                | `id` | again |
                <!-- /keys -->
                """;
        String schema = """
                {"properties": {"id": {}, "cover": {"allOf": [{"$ref": "#/definitions/C"}]},
                  "sections": {"type": "array", "items": {"allOf": [{"$ref": "#/definitions/S"}]}}},
                 "definitions": {"C": {"properties": {"photo_caption": {}}},
                                 "S": {"properties": {"articles": {"type": "array", "items": {"oneOf": [
                                     {"type": "string"}, {"$ref": "#/definitions/A"}]}}}},
                                 "A": {"properties": {"file": {}, "pages": {}}}}}
                """;
        Set<String> keys = GuideTables.schemaKeys(schema);
        assertEquals(List.of("id", "cover", "cover.photo_caption", "sections", "sections[].articles",
                "sections[].articles[].file", "sections[].articles[].pages"), List.copyOf(keys));
        List<String> found = differences(keys, GuideTables.rows(guide, "keys: issue").keySet(), "guide");
        assertEquals(List.of(
                "guide: not documented: cover.photo_caption, sections, sections[].articles, sections[].articles[].file, "
                        + "sections[].articles[].pages",
                "guide: documented but not a key (or written twice): id (again), old_key"), found);
    }

    /** The marks without the words each guide writes after them ({@code [图] caption}, {@code [图] 图片说明}). */
    private static Set<String> marks(Set<String> rows) {
        Set<String> marks = new TreeSet<>();
        rows.forEach(r -> marks.add(r.replaceFirst("\\].*$", "]")));
        return marks;
    }

    private static List<String> differences(Set<String> keys, Set<String> documented, String where) {
        Set<String> missing = new TreeSet<>(keys);
        missing.removeAll(documented);
        Set<String> extra = new TreeSet<>(documented);
        extra.removeAll(keys);
        List<String> problems = new ArrayList<>();
        if (!missing.isEmpty()) {
            problems.add(where + ": not documented: " + String.join(", ", missing));
        }
        if (!extra.isEmpty()) {
            problems.add(where + ": documented but not a key (or written twice): " + String.join(", ", extra));
        }
        return problems;
    }
}
