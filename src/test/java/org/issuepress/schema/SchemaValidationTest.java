package org.issuepress.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.issuepress.support.SampleIssue;
import org.issuepress.support.TestFonts;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * What an editor's YAML-aware editor does with the committed schemas (YAML 1.2 core, as
 * yaml-language-server reads it): the sample issue passes, the broken inputs that a schema
 * can express are flagged for the same reason the checker gives.
 */
class SchemaValidationTest {
    static final Path SCHEMAS = TestFonts.ROOT.resolve("issue-data/schema");
    static final Map<String, Schema> BY_NAME = new HashMap<>();

    /** The schema an issue file is written against, by where it is in the issue folder. */
    static Schema schemaFor(Path issueDir, Path file) {
        String rel = issueDir.relativize(file).toString().replace('\\', '/');
        String name = rel.equals("issue.yaml") ? "issue" : rel.startsWith("articles/") ? "article"
                : rel.startsWith("tables/") ? "table" : rel.startsWith("charts/") ? "chart" : null;
        if (name == null) {
            return null;
        }
        return BY_NAME.computeIfAbsent(name, n -> {
            try {
                return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                        .getSchema(Files.readString(SCHEMAS.resolve(n + ".schema.json")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The file's data as JSON: the YAML, or for an article the front matter between the '---' lines. */
    static JsonNode data(Path file) throws IOException {
        String text = Files.readString(file);
        if (file.toString().endsWith(".txt")) {
            String[] parts = text.split("(?m)^---\\s*$", 3);
            text = parts[1];
        }
        Object yaml = new Load(LoadSettings.builder().setSchema(new CoreSchema()).build()).loadFromString(text);
        return new ObjectMapper().valueToTree(yaml);
    }

    static List<Error> validate(Path issueDir, Path file) throws IOException {
        Schema schema = schemaFor(issueDir, file);
        return schema == null ? List.of() : schema.validate(data(file));
    }

    static List<Path> dataFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".txt"))
                    .filter(f -> !f.getFileName().toString().equals("foreword.txt")).sorted().toList();
        }
    }

    @Test
    void theSampleIssueAndTheMinimalIssueAreValid() throws IOException {
        int checked = 0;
        for (Path dir : List.of(SampleIssue.DIR, TestIssues.RESOURCES.resolve("issues/minimal"))) {
            for (Path f : dataFiles(dir)) {
                List<Error> errors = validate(dir, f);
                assertEquals(List.of(), errors, f.toString());
                checked++;
            }
        }
        // sample: issue.yaml, 51 articles, 3 tables, 5 charts; minimal: issue.yaml, 3 articles, a table, a chart
        assertEquals(1 + 51 + 3 + 5 + 1 + 3 + 1 + 1, checked, "issue.yaml, articles, tables and charts of both issues");
    }

    @Test
    void everySampleFileNamesItsSchemaOnItsFirstLine() throws IOException {
        for (Path f : dataFiles(SampleIssue.DIR)) {
            if (f.toString().endsWith(".yaml")) {
                String first = Files.readAllLines(f).get(0);
                String expected = f.getFileName().toString().equals("issue.yaml") ? "../schema/issue.schema.json"
                        : f.getParent().getFileName().toString().equals("charts") ? "../../schema/chart.schema.json"
                        : "../../schema/table.schema.json";
                assertEquals("# yaml-language-server: $schema=" + expected, first, f.toString());
                assertTrue(Files.exists(f.getParent().resolve(expected)), "the path resolves from " + f);
            }
        }
    }

    /** A broken input, the schema keyword that must reject it, and where (a JSON pointer; '' is the whole file). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "unknown-key, additionalProperties, ''",
            "not-a-number, type, /number",
            "misspelt-kind, enum, /kind",
            "missing-kind, required, ''",
            "empty-title, pattern, /title",
            "kind-as-list, type, /kind",
            "cover-not-a-mapping, type, /cover",
            "articles-not-a-list, type, /sections/0/articles",
            "chart-type-misspelt, enum, /type",
            "outside-folder, pattern, /sections/0/articles/0",
            "plan-without-file, required, /sections/0/articles/0"})
    void rejectsTheBrokenInputsItCanExpress(String name, String keyword, String at) throws IOException {
        Path fixture = TestIssues.RESOURCES.resolve("broken").resolve(name);
        List<String> found = new ArrayList<>();
        for (Path f : dataFiles(fixture)) {
            for (Error e : validate(fixture, f)) {
                found.add(e.getKeyword() + " " + e.getInstanceLocation() + ": " + e.getMessage());
            }
        }
        assertFalse(found.isEmpty(), name + " passes the schema");
        assertTrue(found.stream().anyMatch(s -> s.startsWith(keyword + " " + at + ":")),
                "expected '" + keyword + "' at " + at + " but got " + found);
    }
}
