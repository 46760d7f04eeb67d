package org.issuepress.load;

import java.util.List;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Finds the YAML node behind a bound value, so a check can point at the exact line and column. */
final class YamlNodes {
    private YamlNodes() {
    }

    /** The value of {@code key} in a mapping node, or null. */
    static Node get(Node mapping, String key) {
        if (mapping instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (key.equals(RecordBinder.scalarText(t.getKeyNode()))) {
                    return t.getValueNode();
                }
            }
        }
        return null;
    }

    /** The items of the list under {@code key}, or none. */
    static List<Node> items(Node mapping, String key) {
        return items(get(mapping, key));
    }

    static List<Node> items(Node list) {
        return list instanceof SequenceNode s ? s.getValue() : List.of();
    }
}
