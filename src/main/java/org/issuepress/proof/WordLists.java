package org.issuepress.proof;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The lists the word rules read, data files beside this class with their sources named in
 * their first lines: 《第一批异形词整理表》, the 8,105 characters of 《通用规范汉字表》 and its table
 * of traditional and variant forms, and the editors' list of 别字 in fixed expressions.
 * Read once per process (they are the same for every issue).
 */
final class WordLists {
    /** A character outside the 规范字 table, what to write, and whether it is a traditional form (else a variant). */
    record Form(String standard, boolean traditional) {
    }

    private static final WordLists INSTANCE = new WordLists();

    final Map<String, String> variants = pairs("variant-words.tsv");
    final Map<String, String> misspellings = pairs("misspellings.tsv");
    final Map<Integer, Form> forms = new HashMap<>();
    /** the table's characters, by code point */
    final BitSet general = new BitSet(0x32000);
    final int longest;
    /** the first two chars of each listed form, as {@code c0 << 16 | c1} */
    private final Set<Integer> heads = new HashSet<>();

    private WordLists() {
        read("character-forms.tsv", line -> {
            String[] f = line.split("\t");
            forms.put(f[0].codePointAt(0), new Form(f[1], f.length > 2 && f[2].equals("T")));
        });
        read("general-characters.txt", line -> line.codePoints().forEach(general::set));
        longest = Math.max(longest(variants), longest(misspellings));
        variants.keySet().forEach(k -> heads.add(k.charAt(0) << 16 | k.charAt(1)));
        misspellings.keySet().forEach(k -> heads.add(k.charAt(0) << 16 | k.charAt(1)));
    }

    /** Whether some listed form begins with these two chars (most pairs begin none: no substring is made). */
    boolean starts(char c0, char c1) {
        return heads.contains(c0 << 16 | c1);
    }

    static WordLists get() {
        return INSTANCE;
    }

    private static int longest(Map<String, String> m) {
        return m.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** wrong<TAB>right lines; a line starting with '-' is left out on purpose (its reason beside it). */
    private static Map<String, String> pairs(String name) {
        Map<String, String> m = new HashMap<>();
        read(name, line -> {
            String[] f = line.split("\t");
            if (!line.startsWith("-") && f.length >= 2) {
                m.put(f[0], f[1]);
            }
        });
        return m;
    }

    private static void read(String name, Consumer<String> line) {
        try (InputStream in = WordLists.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name); // a packaging bug, not the editor's
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                if (!l.isBlank() && !l.startsWith("#")) {
                    line.accept(l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
