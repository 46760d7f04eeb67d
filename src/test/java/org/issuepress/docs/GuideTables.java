package org.issuepress.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the two things the editors' guides are compared by: the key paths of a JSON Schema
 * ({@code cover.photo_caption}, {@code masthead.staff[].role}), and the rows of a marked
 * table in a guide — the lines between {@code <!-- keys: issue … -->} (or {@code marks},
 * {@code commands}) and the next {@code <!-- /…  -->}, each row named by the code span in
 * its first cell.
 */
final class GuideTables {
    private static final Pattern FIRST_CELL = Pattern.compile("^\\|\\s*`((?:[^`\\\\]|\\\\.)+)`");
    /** A table cell boundary: a '|' not written as '\|'. */
    private static final Pattern CELL = Pattern.compile("(?<!\\\\)\\|");

    private GuideTables() {
    }

    /** Every key path a schema allows, parents before children, in the schema's order. */
    static Set<String> schemaKeys(String schemaJson) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(schemaJson);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> keys = new LinkedHashSet<>();
        keysOf(root, "", root.path("definitions"), keys);
        return keys;
    }

    private static void keysOf(JsonNode object, String prefix, JsonNode definitions, Set<String> out) {
        for (Map.Entry<String, JsonNode> p : object.path("properties").properties()) {
            String path = prefix + p.getKey();
            out.add(path);
            below(p.getValue(), path, definitions, out);
        }
    }

    /**
     * The keys inside a value: a record's keys (also behind allOf/anyOf/oneOf, so that an entry
     * written either as a file name or as a mapping is looked into), a list's items' keys ([]),
     * a mapping's values' keys (*).
     */
    private static void below(JsonNode value, String path, JsonNode definitions, Set<String> out) {
        for (String alternatives : List.of("allOf", "anyOf", "oneOf")) {
            for (JsonNode alternative : value.path(alternatives)) {
                below(alternative, path, definitions, out);
            }
        }
        JsonNode ref = value.path("$ref");
        if (ref.isTextual()) {
            String name = ref.asText().substring(ref.asText().lastIndexOf('/') + 1);
            keysOf(definitions.path(name), path + ".", definitions, out);
        }
        if (value.has("properties")) {
            keysOf(value, path + ".", definitions, out);
        }
        if (value.path("items").isObject()) {
            below(value.get("items"), path + "[]", definitions, out);
        }
        if (value.path("additionalProperties").isObject()) {
            below(value.get("additionalProperties"), path + ".*", definitions, out);
        }
    }

    /**
     * The rows of every table marked {@code <!-- NAME …} in {@code markdown}, by the code span
     * of their first cell, each row as its cells; a name written twice is kept twice (the
     * second as {@code name (again)}) so that a test sees it.
     */
    static Map<String, List<String>> rows(String markdown, String name) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        boolean inside = false;
        int blocks = 0;
        for (String line : markdown.split("\n")) {
            String t = line.strip();
            if (t.startsWith("<!-- " + name + " ")) {
                inside = true;
                blocks++;
                continue;
            }
            if (inside && t.startsWith("<!-- /")) {
                inside = false;
                continue;
            }
            Matcher m = FIRST_CELL.matcher(t);
            if (inside && m.find()) {
                String key = m.group(1).replace("\\|", "|");
                List<String> cells = new ArrayList<>(List.of(CELL.split(t, -1)));
                cells.removeIf(String::isBlank);
                cells.replaceAll(String::strip);
                rows.put(rows.containsKey(key) ? key + " (again)" : key, cells);
            }
        }
        if (blocks != 1) {
            throw new AssertionError("expected one table marked '<!-- " + name + " …' and its '<!-- /… -->', found " + blocks);
        }
        return rows;
    }

    /** Whether a row marks its value as changing every issue (●), to check (○), or neither (""). */
    static String change(List<String> cells) {
        String c = cells.size() > 1 ? cells.get(1) : "";
        return c.contains("●") ? "●" : c.contains("○") ? "○" : "";
    }
}
