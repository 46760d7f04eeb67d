package org.issuepress.load;

import java.util.Optional;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Severity;
import org.issuepress.diag.Phrase;
import org.issuepress.diag.SourcePos;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Parses YAML text into a node tree that keeps line and column of every node. Only plain
 * data: no custom tags become objects, aliases and size are limited (a billion-laughs file is
 * refused), duplicate keys are errors.
 */
public final class YamlSource {
    static final int MAX_ALIASES = 20;
    static final int MAX_CODE_POINTS = 4 * 1024 * 1024;

    private YamlSource() {
    }

    /**
     * @param lineOffset lines before the YAML text in its file (front matter starts on line 2)
     * @return the root node, or empty when the text is empty or broken (then reported)
     */
    public static Optional<Node> parse(String text, String file, int lineOffset, Diagnostics out) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(MAX_CODE_POINTS)
                .setUseMarks(true)
                .build();
        if (text.indexOf('\t') >= 0) {
            reportTabs(text, file, lineOffset, out);
            return Optional.empty();
        }
        try {
            Optional<Node> root = new Compose(settings).composeString(text);
            // 'title：第二篇' (a Chinese colon) or 'title:第二篇' (no space) is not a key at all:
            // the whole text becomes one string; say why instead of "must be a mapping".
            if (root.isPresent() && root.get() instanceof ScalarNode
                    && YamlMistakes.report(text, Integer.MAX_VALUE, file, lineOffset, out)) {
                return Optional.empty();
            }
            return root;
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

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        if (problem.contains("found duplicate key")) {
            return problem.replace("found duplicate key", "duplicate key");
        }
        String s = (context.isEmpty() ? "" : context + ", ") + problem;
        return firstLine(s);
    }

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
}
