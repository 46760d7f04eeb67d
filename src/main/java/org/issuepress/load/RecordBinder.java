package org.issuepress.load;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Severity;
import org.issuepress.diag.Messages;
import org.issuepress.diag.Phrase;
import org.issuepress.diag.SourcePos;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Binds a YAML node tree to Java records, reporting every mismatch with its line and column:
 * unknown keys (with the likely meant key), missing required keys, wrong types. YAML keys are
 * the record components in snake_case. A component of type {@link SourcePos} named
 * {@code pos} receives the position of the mapping it was bound from.
 *
 * <p>The same records define the JSON Schema editors get, so the two cannot disagree.
 */
public final class RecordBinder {
    private final String file;
    private final int lineOffset;
    private final Diagnostics out;

    public RecordBinder(String file, int lineOffset, Diagnostics out) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.out = out;
    }

    public SourcePos pos(Node node) {
        Optional<Mark> m = node.getStartMark();
        return m.map(mark -> new SourcePos(file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1))
                .orElse(SourcePos.file(file));
    }

    /** @return the bound value, or null when the node could not be bound (already reported) */
    public <T> T bind(Node node, Class<T> type) {
        @SuppressWarnings("unchecked")
        T value = (T) bindValue(node, type, "");
        return value;
    }

    private Object bindValue(Node node, Type type, String path) {
        if (isNull(node)) {
            return null;
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (raw == List.class) {
                return bindList(node, args[0], path);
            }
            if (raw == Map.class) {
                return bindMap(node, args[1], path);
            }
        }
        Class<?> cls = (Class<?>) type;
        if (cls == Ref.class) {
            Object text = bindScalar(node, String.class, path);
            return text == null ? null : new Ref((String) text, pos(node));
        }
        if (cls.isRecord()) {
            return bindRecord(node, cls, path);
        }
        if (cls.isEnum()) {
            return bindEnum(node, cls, path);
        }
        return bindScalar(node, cls, path);
    }

    private List<Object> bindList(Node node, Type element, String path) {
        if (!(node instanceof SequenceNode seq)) {
            out.report(Severity.ERROR, "yaml-type.list", pos(node), path);
            return null;
        }
        List<Object> list = new ArrayList<>();
        for (Node item : seq.getValue()) {
            Object v = bindValue(item, element, path + "[]");
            if (v != null) {
                list.add(v);
            }
        }
        return list;
    }

    private Map<String, Object> bindMap(Node node, Type value, String path) {
        if (!(node instanceof MappingNode map)) {
            out.report(Severity.ERROR, "yaml-type.names", pos(node), path);
            return null;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            String key = scalarText(t.getKeyNode());
            if (result.containsKey(key)) {
                duplicate(t, key);
                continue;
            }
            Object v = bindValue(t.getValueNode(), value, path + "." + key);
            if (v != null) {
                result.put(key, v);
            }
        }
        return result;
    }

    private Object bindRecord(Node node, Class<?> cls, String path) {
        if (!(node instanceof MappingNode map)) {
            out.report(Severity.ERROR, path.isEmpty() ? "yaml-type.file" : "yaml-type.mapping", pos(node), path, describe(node));
            return null;
        }
        RecordComponent[] comps = cls.getRecordComponents();
        Object[] args = new Object[comps.length];
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < comps.length; i++) {
            if (!isKey(comps[i])) {
                args[i] = pos(node);
            } else {
                index.put(YamlNames.key(comps[i].getName()), i);
            }
        }
        boolean[] seen = new boolean[comps.length];
        boolean broken = false;
        for (NodeTuple t : map.getValue()) {
            String key = scalarText(t.getKeyNode());
            Integer i = index.get(key);
            if (i != null && seen[i]) {
                duplicate(t, key);
                continue;
            }
            if (i == null) {
                out.report(Severity.ERROR, "yaml-unknown-key", pos(t.getKeyNode()), key, in(path), YamlNames.suggest(key, index.keySet()));
                continue;
            }
            seen[i] = true;
            String childPath = path.isEmpty() ? key : path + "." + key;
            args[i] = bindValue(t.getValueNode(), comps[i].getGenericType(), childPath);
            broken |= args[i] == null && !isNull(t.getValueNode());
            if (comps[i].isAnnotationPresent(Required.class) && isEmpty(t.getValueNode(), args[i])) {
                out.report(Severity.ERROR, "yaml-empty", pos(t.getKeyNode()), childPath, what(comps[i]), key);
                args[i] = null;
            }
        }
        // A required value that is missing, empty or of the wrong type leaves the record
        // unusable: the caller gets null (everything already reported), never a half-made record.
        boolean complete = true;
        for (int i = 0; i < comps.length; i++) {
            boolean required = comps[i].isAnnotationPresent(Required.class);
            if (required && args[i] == null) {
                complete = false;
                if (!seen[i]) {
                    String key = YamlNames.key(comps[i].getName());
                    out.report(Severity.ERROR, "yaml-missing-key", pos(node), key, in(path), what(comps[i]));
                }
            }
            if (args[i] == null && comps[i].getType().isPrimitive()) {
                args[i] = defaultPrimitive(comps[i].getType());
            }
        }
        // A nested mapping with a value that could not be bound is left out whole, so that the
        // loader does not report the consequences ("section has no articles") of what the binder
        // already reported. The file's top record is kept to check everything else in it.
        if (!complete || broken && !path.isEmpty()) {
            return null;
        }
        try {
            Class<?>[] types = new Class<?>[comps.length];
            for (int i = 0; i < comps.length; i++) {
                types[i] = comps[i].getType();
            }
            Constructor<?> ctor = cls.getDeclaredConstructor(types);
            ctor.setAccessible(true);
            return ctor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + cls.getSimpleName(), e);
        }
    }

    /** The composer keeps duplicate keys; the first one counts and the second is an error. */
    private void duplicate(NodeTuple t, String key) {
        out.report(Severity.ERROR, "yaml-duplicate-key", pos(t.getKeyNode()), key);
    }

    private Object bindEnum(Node node, Class<?> cls, String path) {
        if (!(node instanceof ScalarNode)) {
            bindScalar(node, String.class, path); // reports "must be a single value"
            return null;
        }
        String text = scalarText(node);
        List<String> names = new ArrayList<>();
        for (Object c : cls.getEnumConstants()) {
            String name = YamlNames.value((Enum<?>) c);
            names.add(name);
            if (name.equals(text.toLowerCase(Locale.ROOT).replace('-', '_'))) {
                return c;
            }
        }
        out.report(Severity.ERROR, "yaml-value", pos(node), path, text, YamlNames.closest(text, names)
                .map(n -> Phrase.of("yaml.did-you-mean", n)).orElse(Phrase.of("yaml.one-of", String.join(", ", names))));
        return null;
    }

    private Object bindScalar(Node node, Class<?> cls, String path) {
        if (!(node instanceof ScalarNode scalar)) {
            out.report(Severity.ERROR, "yaml-type.single", pos(node), path, describe(node), lastKey(path));
            return null;
        }
        String text = scalar.getValue();
        if (cls == String.class) {
            return text;
        }
        try {
            if (cls == int.class || cls == Integer.class) {
                return Integer.valueOf(text.trim());
            }
            if (cls == double.class || cls == Double.class) {
                return Double.valueOf(text.trim());
            }
            if (cls == BigDecimal.class) {
                return new BigDecimal(text.trim());
            }
        } catch (NumberFormatException e) {
            out.report(Severity.ERROR, "yaml-type.number", pos(node), path, text,
                    path.endsWith("[]") ? Phrase.of("yaml.hint.figure") : Phrase.of("yaml.hint.digits", lastKey(path)));
            return null;
        }
        if (cls == boolean.class || cls == Boolean.class) {
            if (text.equals("true") || text.equals("false")) {
                return Boolean.valueOf(text);
            }
            out.report(Severity.ERROR, "yaml-type.boolean", pos(node), path, text, lastKey(path));
            return null;
        }
        throw new IllegalStateException("no binding for " + cls);
    }

    /** Whether a component is a YAML key; the other kind, {@link SourcePos}, is filled in by the binder. */
    static boolean isKey(RecordComponent c) {
        return c.getType() != SourcePos.class;
    }

    /** Required means written and not blank: {@code title:} or {@code title: ""} is as good as missing. */
    private static boolean isEmpty(Node node, Object value) {
        return isNull(node)
                || value instanceof String text && text.isBlank()
                || node instanceof SequenceNode seq && seq.getValue().isEmpty()
                || node instanceof MappingNode map && map.getValue().isEmpty();
    }

    /**
     * What a key holds, for a hint: {@code doc.<Record>.<key>} in the catalogue (the words of its
     * {@link Doc} in the reader's language), else its Doc, else its name.
     */
    static Object what(RecordComponent c) {
        String key = "doc." + c.getDeclaringRecord().getSimpleName() + "." + YamlNames.key(c.getName());
        if (Messages.has(key)) {
            return Phrase.of(key);
        }
        Doc doc = c.getAnnotation(Doc.class);
        return doc == null ? YamlNames.key(c.getName()) : doc.value();
    }

    static String scalarText(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : String.valueOf(node.getNodeType());
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    private static Phrase describe(Node node) {
        if (node instanceof SequenceNode) {
            return Phrase.of("yaml.found.list");
        }
        if (node instanceof MappingNode) {
            return Phrase.of("yaml.found.mapping");
        }
        return Phrase.of("yaml.found.value", scalarText(node));
    }

    /** " in 'print'" after a key's name, nothing at the top of the file. */
    private static Object in(String path) {
        return path.isEmpty() ? "" : Phrase.of("yaml.in", path);
    }

    private static String lastKey(String path) {
        int dot = path.lastIndexOf('.');
        return (dot < 0 ? path : path.substring(dot + 1)).replace("[]", "");
    }

    private static Object defaultPrimitive(Class<?> t) {
        if (t == boolean.class) {
            return false;
        }
        if (t == double.class) {
            return 0.0;
        }
        return 0;
    }
}
