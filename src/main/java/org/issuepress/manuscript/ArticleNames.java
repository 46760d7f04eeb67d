package org.issuepress.manuscript;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import org.issuepress.load.IssueFolder;
import java.util.stream.Stream;

/**
 * File names for imported articles: a running number in the folder, then a short ASCII slug
 * of the manuscript's file name (there is no pinyin to make one from a Chinese name, which
 * then gives none: 003.txt). The number keeps the folder in import order.
 */
final class ArticleNames {
    private static final int MAX_SLUG = 24;

    private ArticleNames() {
    }

    static String next(Path issueDir, Path source) throws IOException {
        Path dir = issueDir.resolve("articles");
        int n = 1;
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                n += (int) files.filter(f -> f.getFileName().toString().endsWith(".txt")).count();
            }
        }
        String slug = slug(source);
        String name;
        do {
            name = String.format(Locale.ROOT, "%03d", n++) + (slug.isEmpty() ? "" : "-" + slug);
        } while (Files.exists(dir.resolve(name + ".txt")));
        return name;
    }

    /** Tables added to an article are named after it and their workbook, never over an existing table. */
    static String forTables(Path issueDir, Path article, Path source) {
        String slug = slug(source);
        String base = IssueFolder.stem(article) + "-" + (slug.isEmpty() ? "xlsx" : slug);
        String name = base;
        for (int n = 2; Files.exists(issueDir.resolve("tables").resolve(name + "-1.yaml")); n++) {
            name = base + n;
        }
        return name;
    }

    /** ASCII letters and digits of the file's name, lower case, runs of anything else as one '-'. */
    static String slug(Path source) {
        String plain = Normalizer.normalize(IssueFolder.stem(source), Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return slug;
    }

}
