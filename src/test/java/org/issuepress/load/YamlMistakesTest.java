package org.issuepress.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class YamlMistakesTest {

    @Test
    void aQuoteThatOpensAValueAndIsNotClosedIsFound() {
        assertEquals(7, YamlMistakes.unclosedQuote("title: \"测试期刊"));
        assertEquals(8, YamlMistakes.unclosedQuote("  - [甲, '乙]"));
    }

    @Test
    void closedEscapedAndNonValueQuotesAreNot() {
        assertEquals(-1, YamlMistakes.unclosedQuote("title: \"说 \\\"好\\\" 的\""));
        assertEquals(-1, YamlMistakes.unclosedQuote("title: 'it''s'"));
        assertEquals(-1, YamlMistakes.unclosedQuote("title: 他说\"好\"  # a \"comment"));
        assertEquals(-1, YamlMistakes.unclosedQuote("note: 5\" photo"));
    }
}
