package org.issuepress.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What a message prints of an editor's text: invisible characters as escapes an editor can look up. */
class PrintableTest {
    @Test
    void invisibleCharactersAreEscapedAndTheRestIsKept() {
        assertEquals("标题\\u202E反转", Printable.escape("标题\u202E反转"));
        assertEquals("a\\nb\\tc", Printable.escape("a\nb\tc"));
        assertEquals("零\\u200B宽", Printable.escape("零\u200B宽"));
        // a format character beyond the first plane (a language tag) takes eight digits, as Java and YAML write it
        assertEquals("x\\U000E0001y", Printable.escape("x" + Character.toString(0xE0001) + "y"));
        assertEquals("😀 （全角）", Printable.escape("😀 （全角）"), "visible characters are left as they are");
    }
}
