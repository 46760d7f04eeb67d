package org.issuepress.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.issuepress.diag.Diagnostics;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A character beyond the first plane — 𠮷 in a person's name, an emoji — may fall anywhere in
 * a file; the YAML reader crashed when one straddled the end of its 1024-character window.
 */
class AstralCharactersTest {
    @Test
    void aNameWith𠮷AtAnyPlaceInAYamlFileReads() {
        for (int pad = 1000; pad < 1040; pad++) {
            String text = "# " + "x".repeat(pad) + "\nname: 吉𠮷野\n";
            Diagnostics d = new Diagnostics();
            Optional<Node> root = YamlSource.parse(text, "t.yaml", 0, d);
            assertTrue(root.isPresent(), "pad " + pad + ": " + d.sorted());
            assertEquals("吉𠮷野", ((ScalarNode) YamlNodes.get(root.get(), "name")).getValue(), "pad " + pad);
        }
    }

    @Test
    void anAcceptedFileWithAnEmojiAtAnyPlaceReads() throws IOException {
        Path issue = TestIssues.minimalWith(null);
        for (int pad = 1000; pad < 1040; pad++) {
            Files.writeString(issue.resolve(AcceptedFindings.FILE), "# " + "x".repeat(pad) + "😀"
                    + "\n- code: title-long\n  file: articles/one.txt\n  what: 标题😀太长\n");
            Diagnostics d = new Diagnostics();
            AcceptedFindings.load(issue, d);
            assertEquals(0, d.all().size(), "pad " + pad + ": " + d.sorted());
        }
    }
}
