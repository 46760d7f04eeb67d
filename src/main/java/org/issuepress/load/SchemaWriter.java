package org.issuepress.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON Schemas (draft-07, which every YAML-aware editor understands) for the files an editor
 * writes, made from the same records, annotations and naming rules {@link RecordBinder} binds
 * with, so the schema and the checker cannot disagree on keys, types, required keys or enum
 * values. The schemas are committed under issue-data/schema/; a test fails when they are
 * not what this class makes from the records now.
 *
 * <p>Where the two differ, the schema is the stricter, on purpose: an optional key written
 * without a value (the binder ignores it; the editor is told to give one or drop the key)
 * and a number in quotes ({@code number: "82"}, which the binder reads as 82).
 */
public final class SchemaWriter {
    /** Schema file → the record its file is bound to. */
    public static final Map<String, Class<?>> FILES = files();
    public static final String REGENERATE = "java -jar target/issue-press.jar schema --write issue-data/schema";
    /** The binder takes any scalar as text, so a number where text belongs is fine (table cells, years). */
    private static final List<String> TEXT = List.of("string", "number");
    /** Inside the issue folder: not absolute, no '..' step. */
    private static final String INSIDE_FOLDER = "^(?![/\\\\])(?!(.*[/\\\\])?\\.\\.([/\\\\]|$)).+$";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SchemaWriter() {
    }

    private static Map<String, Class<?>> files() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put("issue.schema.json", IssueFile.class);
        m.put("article.schema.json", FrontMatter.class);
        m.put("table.schema.json", TableFile.class);
        m.put("chart.schema.json", ChartFile.class);
        return m;
    }

    /** Every schema file's text, by file name. */
    public static Map<String, String> all() {
        Map<String, String> texts = new LinkedHashMap<>();
        FILES.forEach((name, type) -> texts.put(name, text(name, type)));
        return texts;
    }

    /** Writes every schema file into {@code dir}; returns the files written. */
    public static List<Path> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> e : all().entrySet()) {
            written.add(Files.writeString(dir.resolve(e.getKey()), e.getValue()));
        }
        return written;
    }

    static String text(String name, Class<?> root) {
        Map<String, ObjectNode> definitions = new LinkedHashMap<>();
        ObjectNode schema = JSON.objectNode();
        schema.put("$schema", "http://json-schema.org/draft-07/schema#");
        schema.put("$comment", "Made from " + root.getName() + " by " + SchemaWriter.class.getName()
                + "; do not edit, run: " + REGENERATE);
        schema.put("title", name.replace(".schema.json", ""));
        schema.setAll(object(root, definitions));
        if (!definitions.isEmpty()) {
            schema.putObject("definitions").setAll(definitions);
        }
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"));
            return new ObjectMapper().writer(printer).writeValueAsString(schema) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A record: its keys in snake_case, what they mean, which are required, nothing else allowed. */
    private static ObjectNode object(Class<?> record, Map<String, ObjectNode> definitions) {
        ObjectNode o = JSON.objectNode();
        o.put("type", "object");
        describe(o, record.getAnnotation(Doc.class));
        ObjectNode properties = o.putObject("properties");
        ArrayNode required = JSON.arrayNode();
        for (RecordComponent c : record.getRecordComponents()) {
            if (!RecordBinder.isKey(c)) {
                continue;
            }
            boolean isRequired = c.isAnnotationPresent(Required.class);
            ObjectNode p = JSON.objectNode();
            describe(p, c.getAnnotation(Doc.class));
            p.setAll(value(c.getGenericType(), isRequired, definitions));
            properties.set(YamlNames.key(c.getName()), p);
            if (isRequired) {
                required.add(YamlNames.key(c.getName()));
            }
        }
        if (!required.isEmpty()) {
            o.set("required", required);
        }
        o.put("additionalProperties", false);
        return o;
    }

    /**
     * The schema of a value of {@code type}, as {@link RecordBinder#bind} accepts it; a required
     * value must not be empty, as the binder demands.
     */
    private static ObjectNode value(Type type, boolean required, Map<String, ObjectNode> definitions) {
        ObjectNode s = JSON.objectNode();
        if (type instanceof ParameterizedType p) {
            Type[] args = p.getActualTypeArguments();
            if (p.getRawType() == List.class) {
                s.put("type", "array");
                s.set("items", value(args[0], false, definitions));
                if (required) {
                    s.put("minItems", 1);
                }
                return s;
            }
            if (p.getRawType() == Map.class) {
                s.put("type", "object");
                s.set("additionalProperties", value(args[1], false, definitions));
                if (required) {
                    s.put("minProperties", 1);
                }
                return s;
            }
        }
        Class<?> cls = (Class<?>) type;
        if (cls == String.class) {
            s.set("type", types(TEXT));
            if (required) {
                s.put("pattern", "\\S");
            }
        } else if (cls == Ref.class) {
            s.put("type", "string");
            s.put("pattern", INSIDE_FOLDER);
        } else if (cls == Integer.class || cls == int.class) {
            s.put("type", "integer");
        } else if (cls == Double.class || cls == double.class || cls == BigDecimal.class) {
            s.put("type", "number");
        } else if (cls == Boolean.class || cls == boolean.class) {
            s.put("type", "boolean");
        } else if (cls.isEnum()) {
            s.put("type", "string");
            ArrayNode values = s.putArray("enum");
            for (Object c : cls.getEnumConstants()) {
                values.add(YamlNames.value((Enum<?>) c));
            }
        } else if (cls.isRecord()) {
            // draft-07 ignores keys beside "$ref": wrap it so the key's own description shows.
            if (!definitions.containsKey(cls.getSimpleName())) {
                definitions.put(cls.getSimpleName(), JSON.objectNode()); // holds its place while its own keys are made
                definitions.put(cls.getSimpleName(), object(cls, definitions));
            }
            Shorthand shorthand = cls.getAnnotation(Shorthand.class);
            if (shorthand != null) {
                // the single value the binder takes for the record's shorthand key, or the record
                ArrayNode any = s.putArray("anyOf");
                any.add(value(shorthandType(cls, shorthand.value()), true, definitions));
                any.addObject().put("$ref", "#/definitions/" + cls.getSimpleName());
                return s;
            }
            if (required) {
                s.put("minProperties", 1);
            }
            s.putArray("allOf").addObject().put("$ref", "#/definitions/" + cls.getSimpleName());
        } else {
            throw new IllegalStateException("no schema for " + type + ": RecordBinder and SchemaWriter must learn it together");
        }
        return s;
    }

    private static Type shorthandType(Class<?> record, String key) {
        for (RecordComponent c : record.getRecordComponents()) {
            if (YamlNames.key(c.getName()).equals(key)) {
                return c.getGenericType();
            }
        }
        throw new IllegalStateException(record.getSimpleName() + " has no key '" + key + "' for its shorthand");
    }

    private static void describe(ObjectNode o, Doc doc) {
        if (doc != null) {
            o.put("description", doc.value());
        }
    }

    private static ArrayNode types(List<String> names) {
        ArrayNode a = JSON.arrayNode();
        names.forEach(a::add);
        return a;
    }
}
