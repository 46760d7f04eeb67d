package org.issuepress.manuscript;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.issuepress.load.YamlWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Changes to a YAML text made at the places its parsed nodes came from, so everything not
 * changed — the editor's layout, order and comments — stays as it was. Offsets are the
 * parser's, in code points.
 */
final class YamlEdits {
    private record Edit(int start, int end, String text) {
    }

    private final int[] text;
    private final List<Edit> edits = new ArrayList<>();

    YamlEdits(String text) {
        this.text = text.codePoints().toArray();
    }

    static Optional<Node> value(Node mapping, String key) {
        return tuple(mapping, key).map(NodeTuple::getValueNode);
    }

    static Optional<NodeTuple> tuple(Node mapping, String key) {
        if (!(mapping instanceof MappingNode m)) {
            return Optional.empty();
        }
        return m.getValue().stream()
                .filter(t -> t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key))
                .findFirst();
    }

    static String scalar(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : null;
    }

    /** The value after {@code key:} replaced, and a comment after it when {@code comment} is not null. */
    void replaceValue(NodeTuple t, String value, String comment) {
        int from = end(t.getKeyNode());
        int to = lastEnd(t.getValueNode());
        if (block(t.getValueNode())) {
            to = lineEnd(to); // a block collection: its items go with it
        }
        edits.add(new Edit(from, to, ": " + value + (comment == null ? "" : "  " + YamlWriter.comment(comment))));
    }

    /**
     * {@code item} added at the end of the list after {@code key:}, as a block list (an empty
     * {@code []} and its comment become one); the list's other items stay as written.
     */
    void appendItem(NodeTuple t, String item) {
        Node v = t.getValueNode();
        if (v instanceof SequenceNode s && block(s) && !s.getValue().isEmpty()) {
            int at = lineEnd(lastEnd(s));
            int dash = lineStart(start(s.getValue().get(0)));
            edits.add(new Edit(at, at, "\n" + indentOf(dash) + "- " + YamlWriter.scalar(item)));
            return;
        }
        String indent = indentOf(lineStart(start(t.getKeyNode()))) + "  ";
        StringBuilder list = new StringBuilder(":");
        if (v instanceof SequenceNode s) {
            s.getValue().forEach(n -> list.append('\n').append(indent).append("- ").append(YamlWriter.scalar(scalar(n))));
        }
        list.append('\n').append(indent).append("- ").append(YamlWriter.scalar(item));
        edits.add(new Edit(end(t.getKeyNode()), lineEnd(lastEnd(v)), list.toString()));
    }

    /** The line holding {@code t} turned into a comment, followed by a note. */
    void commentOut(NodeTuple t, String comment) {
        int from = lineStart(start(t.getKeyNode()));
        int to = lineEnd(lastEnd(t.getValueNode()));
        String line = new String(text, from, to - from).strip();
        // every line of the value commented out, or a value of several lines would stay half in force
        String commented = line.replace("\n", "\n" + indentOf(from) + "# ");
        edits.add(new Edit(from, to, indentOf(from) + "# " + commented + "  " + YamlWriter.comment(comment)));
    }

    /** A line added after the one holding {@code t}, at its indentation. */
    void insertAfter(NodeTuple t, String line) {
        int at = lineEnd(lastEnd(t.getValueNode()));
        edits.add(new Edit(at, at, "\n" + indentOf(lineStart(start(t.getKeyNode()))) + line));
    }

    /**
     * The whole-line comments inside a block mapping removed: the previous issue's notes on what
     * it emptied (its cover, say), in whatever language that editor wrote them, are not this one's.
     */
    void dropComments(Node mapping) {
        if (!(mapping instanceof MappingNode m) || !block(m) || m.getValue().isEmpty()) {
            return;
        }
        int line = lineStart(start(m.getValue().get(0).getKeyNode()));
        int end = lastEnd(m);
        while (line < end) {
            int next = Math.min(lineEnd(line) + 1, text.length);
            if (new String(text, line, lineEnd(line) - line).strip().startsWith("#")) {
                edits.add(new Edit(line, next, ""));
            }
            line = next;
        }
    }

    /** A value as the editor wrote it, on one line. */
    String raw(Node n) {
        int from = start(n);
        return new String(text, from, lastEnd(n) - from).replaceAll("\\s*\n\\s*", " ").strip();
    }

    /** Everything before {@code offset} replaced (the file's opening comments). */
    void replaceHead(int offset, String head) {
        edits.add(new Edit(0, offset, head));
    }

    String apply() {
        StringBuilder out = new StringBuilder();
        int at = 0;
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start));
        for (Edit e : sorted) {
            if (e.start() < at) {
                throw new IllegalStateException("overlapping YAML edits at " + e.start());
            }
            out.append(new String(text, at, e.start() - at)).append(e.text());
            at = e.end();
        }
        return out.append(new String(text, at, text.length - at)).toString();
    }

    static int start(Node n) {
        return n.getStartMark().map(Mark::getIndex).orElseThrow();
    }

    static int end(Node n) {
        return n.getEndMark().map(Mark::getIndex).orElseThrow();
    }

    /** Where a node's own text ends: a block collection's end mark lies at the next key, after blank lines. */
    private static int lastEnd(Node n) {
        if (n instanceof SequenceNode s && block(s) && !s.getValue().isEmpty()) {
            return lastEnd(s.getValue().get(s.getValue().size() - 1));
        }
        if (n instanceof MappingNode m && block(m) && !m.getValue().isEmpty()) {
            return lastEnd(m.getValue().get(m.getValue().size() - 1).getValueNode());
        }
        return end(n);
    }

    private static boolean block(Node n) {
        return (n instanceof SequenceNode s && s.getFlowStyle() != FlowStyle.FLOW)
                || (n instanceof MappingNode m && m.getFlowStyle() != FlowStyle.FLOW);
    }

    int lineStart(int offset) {
        int i = offset;
        while (i > 0 && text[i - 1] != '\n') {
            i--;
        }
        return i;
    }

    private int lineEnd(int offset) {
        int i = offset;
        while (i < text.length && text[i] != '\n') {
            i++;
        }
        return i;
    }

    private String indentOf(int lineStart) {
        int i = lineStart;
        while (i < text.length && text[i] == ' ') {
            i++;
        }
        return " ".repeat(i - lineStart);
    }
}
