package org.issuepress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.issuepress.diag.Lang;
import org.issuepress.diag.Messages;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Files a hostile tester leaves in an issue folder, and paths an editor mistypes (issue #26). */
class HostileCommandsTest {
    private final Lang before = Messages.lang();

    @AfterEach
    void restore() {
        Messages.use(before);
    }

    @Test
    void aDeeplyNestedAcceptedYamlIsAWarningAtItsLineNotACrash() throws Exception {
        Path issue = TestIssues.minimalWith(null);
        Files.writeString(issue.resolve("accepted.yaml"), "[".repeat(100_000) + "]".repeat(100_000) + "\n");
        CommandLineTest.Run check = CommandLineTest.run("check", issue.toString(), "--lang", "en");
        assertEquals(0, check.code(), "a file of waivers too deep to read waives nothing, and the issue is fine: " + check.err());
        assertFalse(check.err().contains("internal error"), check.err());
        assertTrue(check.err().contains("accepted.yaml:1:65: warning: accepted.yaml is nested more than 64 levels deep here"),
                check.err());
    }
}
