package org.issuepress.load;

import java.util.Optional;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Severity;
import org.issuepress.diag.Phrase;
import org.issuepress.diag.SourcePos;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * Parses YAML text into a node tree that keeps line and column of every node. Only plain
 * data: no custom tags become objects, aliases and size are limited (a billion-laughs file is
 * refused), duplicate keys are errors.
 */
public final class YamlSource {
    static final int MAX_ALIASES = 20;
    static final int MAX_CODE_POINTS = 4 * 1024 * 1024;
    /** Far deeper than any issue file (they nest four levels); the composer recurses per level. */
    static final int MAX_DEPTH = 64;

    private YamlSource() {
    }

    /**
     * A reading window holding the whole text: snakeyaml-engine 2.10 fails with an
     * IndexOutOfBoundsException when a character beyond the first plane (𠮷 in a name, an emoji)
     * straddles the end of its window (1024 characters by default).
     */
    static int wholeText(String text) {
        return Math.max(1024, text.length() + 2);
    }

    /** The limits every YAML file is read under: no recursive keys, few aliases, a bounded size. */
    private static LoadSettings settings(String text, String file) {
        return LoadSettings.builder()
                .setLabel(file)
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(MAX_CODE_POINTS)
                .setUseMarks(true)
                .setBufferSize(wholeText(text))
                .build();
    }

    /**
     * Plain lists, maps and strings from a file the tool writes itself (accepted.yaml), read
     * under the same limits as the files, the nesting depth too.
     *
     * @throws TooDeep when it nests more than {@link #MAX_DEPTH} levels
     * @throws YamlEngineException when it is not YAML
     */
    static Object plainData(String text, String file) {
        LoadSettings settings = settings(text, file);
        Optional<Node> root = new Composer(settings, new DepthLimit(new ParserImpl(settings, new StreamReader(settings, text))))
                .getSingleNode();
        return new StandardConstructor(settings).constructSingleDocument(root);
    }

    /**
     * @param lineOffset lines before the YAML text in its file (front matter starts on line 2)
     * @return the root node, or empty when the text is empty or broken (then reported)
     */
    public static Optional<Node> parse(String text, String file, int lineOffset, Diagnostics out) {
        LoadSettings settings = settings(text, file);
        if (text.indexOf('\t') >= 0) {
            reportTabs(text, file, lineOffset, out);
            return Optional.empty();
        }
        if (!hygienic(text, file, lineOffset, out)) {
            return Optional.empty();
        }
        try {
            Optional<Node> root = new Composer(settings, new DepthLimit(new ParserImpl(settings, new StreamReader(settings, text))))
                    .getSingleNode();
            // 'title：第二篇' (a Chinese colon) or 'title:第二篇' (no space) is not a key at all:
            // the whole text becomes one string; say why instead of "must be a mapping".
            if (root.isPresent() && root.get() instanceof ScalarNode
                    && YamlMistakes.report(text, Integer.MAX_VALUE, file, lineOffset, out)) {
                return Optional.empty();
            }
            root.ifPresent(r -> checkEscapes(r, text, file, lineOffset, out));
            return root;
        } catch (TooDeep e) {
            out.report(Severity.ERROR, "yaml-too-deep", e.pos(file, lineOffset), MAX_DEPTH);
        } catch (MarkedYamlEngineException e) {
            Mark m = e.getProblemMark().or(e::getContextMark).orElse(null);
            // YAML often notices a mistake lines after it was made (an open quote swallows the
            // lines below it): name the mistake at its own line when it is a common one.
            if (YamlMistakes.report(text, m == null ? Integer.MAX_VALUE : m.getLine(), file, lineOffset, out)) {
                return Optional.empty();
            }
            SourcePos pos = m == null ? SourcePos.file(file)
                    : new SourcePos(file, m.getLine() + 1 + lineOffset, m.getColumn() + 1);
            out.report(Severity.ERROR, "yaml-syntax.parser", pos, describe(e), hintFor(e.getProblem() + " " + e.getContext()));
        } catch (YamlEngineException e) {
            out.report(Severity.ERROR, "yaml-syntax.engine", SourcePos.file(file), firstLine(e.getMessage()), hintFor(String.valueOf(e.getMessage())));
        }
        return Optional.empty();
    }

    /**
     * Every value of every YAML file (titles, captions, names, cells) is checked as body text
     * is, at its line and column: a bidi override reorders what readers see, and a control
     * character (NUL, say) is refused by the YAML reader without a line, so the text is read
     * line by line first.
     *
     * @return false when the text has a character the YAML reader refuses (then not parsed)
     */
    private static boolean hygienic(String text, String file, int lineOffset, Diagnostics out) {
        String[] lines = text.split("\n", -1);
        boolean readable = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            TextHygiene.check(line, new SourcePos(file, i + 1 + lineOffset, 1), out);
            readable &= line.chars().noneMatch(c -> c < 0x20 || (c >= 0x7F && c < 0xA0 && c != 0x85));
        }
        return readable;
    }

    /** Escapes in double-quoted values, checked as the characters they stand for. */
    private static void checkEscapes(Node n, String text, String file, int lineOffset, Diagnostics out) {
        if (n instanceof ScalarNode s && s.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED && s.getStartMark().isPresent()
                && s.getEndMark().isPresent()) {
            Mark start = s.getStartMark().get();
            int from = text.offsetByCodePoints(0, start.getIndex());
            String source = text.substring(from, text.offsetByCodePoints(from, s.getEndMark().get().getIndex() - start.getIndex()));
            if (source.indexOf('\\') >= 0) {
                TextHygiene.checkEscapes(s.getValue(), source, new SourcePos(file, start.getLine() + 1 + lineOffset, start.getColumn() + 1), out);
            }
        } else if (n instanceof SequenceNode q) {
            q.getValue().forEach(c -> checkEscapes(c, text, file, lineOffset, out));
        } else if (n instanceof MappingNode m) {
            m.getValue().forEach(t -> {
                checkEscapes(t.getKeyNode(), text, file, lineOffset, out);
                checkEscapes(t.getValueNode(), text, file, lineOffset, out);
            });
        }
    }

    private static void reportTabs(String text, String file, int lineOffset, Diagnostics out) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int col = lines[i].indexOf('\t');
            if (col >= 0) {
                out.report(Severity.ERROR, "yaml-tab", new SourcePos(file, i + 1 + lineOffset, col + 1));
                return;
            }
        }
    }

    /** The parser's description, with what it means in the reader's language for the problems editors meet. */
    private static Object describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        if (problem.contains("found duplicate key")) {
            return problem.replace("found duplicate key", "duplicate key");
        }
        String s = firstLine((context.isEmpty() ? "" : context + ", ") + problem);
        for (String[] known : PROBLEMS) {
            if (problem.contains(known[0])) {
                return Phrase.of("yaml.problem." + known[1], s);
            }
        }
        return s;
    }

    /** Parser problems (snakeyaml-engine's English) and the catalogue phrase saying what they mean. */
    private static final String[][] PROBLEMS = {
        {"mapping values are not allowed", "mapping-values"}, {"could not find expected ':'", "expected-colon"},
        {"expected <block end>", "block-end"}, {"found unexpected end of stream", "end-of-stream"},
        {"found undefined alias", "undefined-alias"}, {"cannot start any token", "bad-character"},
    };

    /** What to do, from the parser's (English) description of the problem. */
    private static Phrase hintFor(String text) {
        if (text.contains("duplicate key")) {
            return Phrase.of("yaml.hint.duplicate");
        }
        if (text.contains("quoted") || text.contains("quote")) {
            return Phrase.of("yaml.hint.quote");
        }
        if (text.contains("alias")) {
            return Phrase.of("yaml.hint.alias");
        }
        if (text.contains("mapping values are not allowed")) {
            return Phrase.of("yaml.hint.colon-in-value");
        }
        return Phrase.of("yaml.hint.indent");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    /**
     * Counts open mappings and sequences as the composer pulls events: the composer (and our
     * readers of its tree) recurse once per level, so a file nested thousands deep would
     * overflow the stack; it is refused at the first level too deep.
     */
    private static final class DepthLimit implements Parser {
        private final Parser parser;
        private int depth;

        DepthLimit(Parser parser) {
            this.parser = parser;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            return parser.checkEvent(id);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return parser.hasNext();
        }

        @Override
        public Event next() {
            Event e = parser.next();
            switch (e.getEventId()) {
                case MappingStart, SequenceStart -> {
                    if (++depth > MAX_DEPTH) {
                        throw new TooDeep(e.getStartMark().orElse(null));
                    }
                }
                case MappingEnd, SequenceEnd -> depth--;
                default -> {
                }
            }
            return e;
        }
    }

    /** A file nested more than {@link #MAX_DEPTH} levels, at the first level too deep. */
    static final class TooDeep extends RuntimeException {
        private final transient Mark at;

        TooDeep(Mark at) {
            super(null, null, false, false);
            this.at = at;
        }

        SourcePos pos(String file, int lineOffset) {
            return at == null ? SourcePos.file(file) : new SourcePos(file, at.getLine() + 1 + lineOffset, at.getColumn() + 1);
        }
    }
}
