package org.issuepress.manuscript;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The places in issue.yaml an article can be listed: each section without parts, and each
 * part of the others, named as the editor knows them (显著成就 › 区县(市)扶贫篇).
 */
final class Targets {
    /** @param node the section or part mapping, whose {@code articles:} gets the new file */
    record Target(String section, String sectionId, String part, Node node) {
        String label() {
            return part == null ? section : section + " › " + part;
        }

        boolean matches(String wanted) {
            String w = norm(wanted);
            if (part != null && (w.equals(norm(part)) || w.equals(norm(section + "/" + part)) || w.equals(norm(label())))) {
                return true;
            }
            return part == null && (w.equals(norm(section)) || w.equals(norm(sectionId)));
        }
    }

    private Targets() {
    }

    static List<Target> of(Node root) {
        List<Target> all = new ArrayList<>();
        Optional<Node> sections = YamlEdits.value(root, "sections").filter(SequenceNode.class::isInstance);
        for (Node s : sections.map(n -> ((SequenceNode) n).getValue()).orElse(List.of())) {
            String title = text(s, "title");
            String id = YamlEdits.value(s, "id").map(YamlEdits::scalar)
                    .orElse(text(s, "pinyin").replace(" ", "").toLowerCase(Locale.ROOT));
            Optional<Node> parts = YamlEdits.value(s, "parts").filter(SequenceNode.class::isInstance);
            if (parts.isPresent()) {
                for (Node p : ((SequenceNode) parts.get()).getValue()) {
                    all.add(new Target(title, id, text(p, "title"), p));
                }
            } else {
                all.add(new Target(title, id, null, s));
            }
        }
        return all;
    }

    static Optional<NodeTuple> articles(Target t) {
        return YamlEdits.tuple(t.node(), "articles");
    }

    static String labels(List<Target> all) {
        return String.join(", ", all.stream().map(Target::label).toList());
    }

    private static String text(Node map, String key) {
        return YamlEdits.value(map, key).map(YamlEdits::scalar).orElse("");
    }

    private static String norm(String s) {
        return s == null ? "" : s.replaceAll("[\\s　]", "").replace('（', '(').replace('）', ')').toLowerCase(Locale.ROOT);
    }
}
