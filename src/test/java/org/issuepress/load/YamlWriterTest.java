package org.issuepress.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.issuepress.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Whatever a string holds, the YAML written for it reads back as the same string. */
class YamlWriterTest {
    /** Strings that trip a naive writer; pieces of them are also combined at random below. */
    static final List<String> NASTY = List.of(
            "", " ", "  ", " 前导空格", "尾随空格 ", "\"", "\\", "\\\"", "\"引号\"", "他说\"好\"", "C:\\稿件\\第1期",
            "#", "# 不是注释", "标题 #1", "a#b", ":", "a: b", "键: 值", "a:b", "结尾冒号:", "a, b", "[测]001号", "{a}", "]",
            "-", "- 列表", "-1", "--", "---", "...", "?", "? 问", "*别名", "&锚", "!标签", "!!str", "|", "> 折叠", "%50", "50%",
            "@某人", "`代码`", "'单引号'", "it's", "~", "null", "Null", "NULL", "true", "True", "FALSE", "yes", "No", "on",
            "off", "y", "n", "=", "<<", "2021.01", "082", "1e3", "1E3", "0x1F", "0o17", "0b101", "1_000", ".5", "-.5", "+1",
            "1.", ".inf", "-.Inf", ".NaN", "12:30", "2021-01", "2021-01-05", "2021-01-05 10:00", "82", "0",
            "第一行\n第二行", "\n", "末尾换行\n", "\r\n", "制表\t符", "\t", "\u0000", "\u0001控制", "\u007F", "\u0085", "\u009F",
            "\u202E反向\u202C", "\u2066隔离\u2069", "\u200E\u200F", "零\u200B宽", "\u200D", "\uFEFF开头BOM", "\u2028行\u2029段",
            "\uFFFE", "\uFFFF", "\uFFFD替换符", "\uD800", "\uDC00", "\uDB40\uDC01标签", "郑州三农", "“三农”工作：乡村振兴！",
            "《郑州三农》（第82期）——专刊……", "【要闻】、；？「」『』〔〕", "全角＃号：不是注释，也不是＂引号＂", "\u3000全角空格\u3000",
            "\u00A0不换行\u00A0", "emoji 🌾🚜", "😀", "👨\u200D👩\u200D👧", "☺\uFE0F", "𠀀𪚥 astral", "\uD83C", "a\\nb", "\\u202E",
            "title: x\nother: y", "'", "''", "\"\"", "a ' b", "a \" b", "a  b", "a -b", "a - b", "a ? b", "key:", "http://x.y/z?a=b#c");

    @Test
    void everyNastyStringReadsBackAsItself() {
        for (String s : NASTY) {
            assertRoundTrip(s);
        }
        assertCellsRoundTrip(NASTY);
    }

    @Test
    void combinationsOfNastyPiecesReadBackAsThemselves() {
        Random random = new Random(20210101); // fixed: a failure is the same failure next time
        for (int i = 0; i < 3000; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(4); n >= 0; n--) {
                s.append(NASTY.get(random.nextInt(NASTY.size())));
            }
            assertRoundTrip(s.toString());
        }
    }

    @Test
    void chineseTextAndEmojiStayReadableAndInvisibleCharactersAreShown() {
        assertEquals("郑州三农", YamlWriter.scalar("郑州三农"));
        assertEquals("“三农”工作：乡村振兴！", YamlWriter.scalar("“三农”工作：乡村振兴！"));
        assertEquals("《郑州三农》（第82期）——专刊……", YamlWriter.scalar("《郑州三农》（第82期）——专刊……"));
        assertEquals("emoji 🌾🚜", YamlWriter.scalar("emoji 🌾🚜"));
        assertEquals("2021-01", YamlWriter.scalar("2021-01"));
        assertEquals("\"2021.01\"", YamlWriter.scalar("2021.01"));
        assertEquals("[巩义市, 9653, -5, 1.5, \"null\", \"1,234\"]", YamlWriter.cells(List.of("巩义市", "9653", "-5", "1.5", "null", "1,234")));
        assertEquals("\"零\\u200B宽\\u202E\\U000E0001\"", YamlWriter.scalar("零\u200B宽\u202E\uDB40\uDC01"));
        assertEquals("\"第一行\\n第二行\\t\\\"引\\\\号\\\"\"", YamlWriter.scalar("第一行\n第二行\t\"引\\号\""));
        assertEquals("# 第一行\\n第二行 \\u202E #", YamlWriter.comment("第一行\n第二行 \u202E #"));
    }

    @Test
    void aCommentStaysOneCommentWhateverItHolds() {
        for (String s : NASTY) {
            String yaml = "a: 1  " + YamlWriter.comment(s) + "\nb: 2\n";
            assertEquals(Map.of("a", 1, "b", 2), load(yaml), yaml);
        }
    }

    private static void assertRoundTrip(String s) {
        String yaml = "v: " + YamlWriter.scalar(s) + "\nlist:\n  - " + YamlWriter.scalar(s) + "\n";
        String shown = describe(s) + " written as " + yaml;
        Map<?, ?> doc = (Map<?, ?>) load(yaml);
        assertEquals(s, doc.get("v"), shown);
        assertEquals(List.of(s), doc.get("list"), shown);
        // and as the issue files are read (line and column kept, text checked)
        Optional<Node> root = YamlSource.parse(yaml, "t.yaml", 0, new Diagnostics());
        assertTrue(root.isPresent(), shown);
        MappingNode m = (MappingNode) root.get();
        assertEquals(s, ((ScalarNode) m.getValue().get(0).getValueNode()).getValue(), shown);
        assertEquals(s, ((ScalarNode) ((SequenceNode) m.getValue().get(1).getValueNode()).getValue().get(0)).getValue(), shown);
        assertFalse(yaml.chars().anyMatch(c -> c == '\t' || c == '\r' || c == 0x202E || c == 0x200B), "invisible characters are escaped: " + shown);
    }

    /** A table's row, as the table files are read: each cell's text as written. */
    private static void assertCellsRoundTrip(List<String> cells) {
        String yaml = "row: " + YamlWriter.cells(cells) + "\n";
        MappingNode m = (MappingNode) YamlSource.parse(yaml, "t.yaml", 0, new Diagnostics()).orElseThrow();
        List<String> read = ((SequenceNode) m.getValue().get(0).getValueNode()).getValue().stream()
                .map(n -> ((ScalarNode) n).getValue()).toList();
        assertEquals(cells, read, yaml);
    }

    /** As accepted.yaml is read. */
    private static Object load(String yaml) {
        return new Load(LoadSettings.builder().build()).loadFromString(yaml);
    }

    private static String describe(String s) {
        List<String> cps = new ArrayList<>();
        s.codePoints().forEach(cp -> cps.add(String.format("U+%04X", cp)));
        return "[" + String.join(" ", cps) + "]";
    }
}
