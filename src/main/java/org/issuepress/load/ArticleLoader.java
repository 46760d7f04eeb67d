package org.issuepress.load;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Severity;
import org.issuepress.diag.SourcePos;
import org.issuepress.model.Article;
import org.issuepress.model.ArticleKind;
import org.issuepress.model.Block;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads one article file: front matter between '---' lines, then the body. */
final class ArticleLoader {
    private final IssueFolder folder;
    private final BodyParserFactory bodies;
    private final Diagnostics out;

    interface BodyParserFactory {
        BodyParser create();
    }

    ArticleLoader(IssueFolder folder, BodyParserFactory bodies, Diagnostics out) {
        this.folder = folder;
        this.bodies = bodies;
        this.out = out;
    }

    Optional<Article> load(Path file) {
        String name = folder.display(file);
        Optional<String> text = folder.readText(file, out);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = Arrays.asList(text.get().split("\n", -1));
        if (text.get().isBlank()) {
            out.report(Severity.ERROR, "article-empty.file", new SourcePos(name, 1, 1));
            return Optional.empty();
        }
        if (!lines.get(0).strip().equals("---")) {
            out.report(Severity.ERROR, "article-front-matter", new SourcePos(name, 1, 1));
            return Optional.empty();
        }
        int end = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            out.report(Severity.ERROR, "article-front-matter.unclosed", new SourcePos(name, 1, 1));
            return Optional.empty();
        }
        String yaml = String.join("\n", lines.subList(1, end));
        Optional<Node> node = YamlSource.parse(yaml, name, 1, out);
        if (node.isEmpty()) {
            if (yaml.isBlank()) {
                out.report(Severity.ERROR, "yaml-missing-key.front-matter", new SourcePos(name, 2, 1));
            }
            return Optional.empty();
        }
        FrontMatter fm = new RecordBinder(name, 1, out).bind(node.get(), FrontMatter.class);
        List<Block> blocks = bodies.create().parse(lines.subList(end + 1, lines.size()), name, end + 2,
                fm != null && fm.kind() == ArticleKind.TIMELINE);
        if (fm == null) {
            return Optional.empty();
        }
        if (lines.subList(end + 1, lines.size()).stream().allMatch(String::isBlank)) {
            // A title with nothing under it is never meant to be printed: an error, not a warning.
            out.report(Severity.ERROR, "article-empty", new SourcePos(name, end + 1, 1));
        }
        return Optional.of(new Article(idOf(file), fm.title().strip(), blank(fm.subtitle()), blank(fm.contentsTitle()),
                blank(fm.runningHead()), fm.kind(), blocks, SourcePos.file(name)));
    }

    static String idOf(Path file) {
        return IssueFolder.stem(file);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
