package org.issuepress.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.issuepress.support.TestFonts;
import org.junit.jupiter.api.Test;

/** The committed schemas are what the records say now: change a record, regenerate, commit both. */
class SchemaWriterTest {
    static final Path COMMITTED = TestFonts.ROOT.resolve("issue-data/schema");

    @Test
    void theCommittedSchemasAreMadeFromTheRecordsAsTheyAreNow() throws IOException {
        for (Map.Entry<String, String> e : SchemaWriter.all().entrySet()) {
            Path file = COMMITTED.resolve(e.getKey());
            String committed = Files.exists(file) ? Files.readString(file) : "(missing)";
            assertEquals(e.getValue(), committed, "issue-data/schema/" + e.getKey()
                    + " is out of date with the records in org.issuepress.load: run " + SchemaWriter.REGENERATE);
        }
    }

    @Test
    void theSchemaFolderHoldsNothingElse() throws IOException {
        try (var files = Files.list(COMMITTED)) {
            assertEquals(SchemaWriter.FILES.keySet(), files.map(f -> f.getFileName().toString())
                    .collect(java.util.stream.Collectors.toSet()), "a stale schema file would mislead editors");
        }
    }
}
